package com.lawfirm.matter.casefile;

import java.time.LocalDate;

/** One client material in the register: where it is now, and who signed for it when it went back. */
public class MaterialView {

    public String materialId;
    public String matterId;
    public String registerNumber;
    public String description;
    public boolean original;
    public int pages;
    public int copiesMade;
    public String receivedFrom;
    public String receivedBy;
    public LocalDate receivedOn;
    public String storageLocation;
    /** IN_STORAGE, ON_LOAN or RETURNED. */
    public String place;
    public String borrower;
    public LocalDate dueBack;
    public boolean retentionAgreed;
    public LocalDate returnedOn;
    public String returnSignedBy;
    public String returnEvidence;
}
