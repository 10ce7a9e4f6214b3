package com.lawfirm.intake.subjectrequest;

import com.lawfirm.events.intake.DataSubjectRequestKind;

import java.time.LocalDate;

/** A data subject's request as staff follow it: what was asked, by when, and how it was answered. */
public class DataSubjectRequestView {

    public String requestId;
    public String clientId;
    /** The prospect's inquiry, when the request is from a prospect who never became a client. */
    public String inquiryId;
    public DataSubjectRequestKind kind;
    public String details;
    public LocalDate receivedOn;
    public LocalDate dueBy;
    public String recordedBy;
    public boolean open;
    public Boolean fulfilled;
    public String answer;
    public LocalDate answeredOn;
    public Boolean late;
    public String answeredBy;
    /** Set when read: still open after the day it was due. */
    public boolean overdue;
}
