package com.lawfirm.events.intake;

import com.lawfirm.events.AddedFieldsUpcaster;

/** Revision 1 of {@link DataSubjectRequestReceived} knew only clients' requests: it is read with no inquiry. */
public class DataSubjectRequestReceivedUpcaster extends AddedFieldsUpcaster {

    public DataSubjectRequestReceivedUpcaster() {
        super(DataSubjectRequestReceived.class, "1", "2", "inquiryId");
    }
}
