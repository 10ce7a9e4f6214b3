package com.lawfirm.events.intake;

import com.lawfirm.events.AddedFieldsUpcaster;

/** Revision 1 of {@link DataSubjectRequestAnswered} knew only clients' requests: it is read with no inquiry. */
public class DataSubjectRequestAnsweredUpcaster extends AddedFieldsUpcaster {

    public DataSubjectRequestAnsweredUpcaster() {
        super(DataSubjectRequestAnswered.class, "1", "2", "inquiryId");
    }
}
