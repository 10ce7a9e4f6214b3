package com.lawfirm.events.matter;

import com.lawfirm.events.AddedFieldsUpcaster;

/** Revision 1 of {@link MatterOpened} had no amount in dispute: such matters are read with none. */
public class MatterOpenedUpcaster extends AddedFieldsUpcaster {

    public MatterOpenedUpcaster() {
        super(MatterOpened.class, "1", "2", "amountInDispute");
    }
}
