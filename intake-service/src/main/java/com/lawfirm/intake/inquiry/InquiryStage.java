package com.lawfirm.intake.inquiry;

/** Where an inquiry stands; the pipeline board groups inquiries by it. */
public enum InquiryStage {
    /** first contact and needs identification */
    OPEN,
    /** waiting for conflict-service's outcome: nothing of stage 2 may happen */
    CONFLICT_CHECK_PENDING,
    /** cleared: interviews, documents, assessment and proposals may be recorded */
    CLEARED,
    /** a proposal version was accepted: the engagement contract comes next */
    PROPOSAL_ACCEPTED,
    DECLINED,
    WITHDRAWN;

    boolean closed() {
        return this == DECLINED || this == WITHDRAWN;
    }
}
