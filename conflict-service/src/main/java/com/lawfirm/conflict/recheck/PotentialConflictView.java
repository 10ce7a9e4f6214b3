package com.lawfirm.conflict.recheck;

import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.events.conflict.PotentialConflictConclusion;

import java.time.Instant;
import java.util.List;

/** A potential conflict as analysts work it: what was found, and their review. */
public class PotentialConflictView {

    public enum Status { AWAITING_REVIEW, REVIEWED }

    public String discoveryId;
    public String trigger;
    public String description;
    public String subjectName;
    /** the client, or the prospect's inquiry, whose key seals the subject's name; none for anyone else */
    public String subjectId;
    public String staffId;
    public List<HitMatter> matters;
    public List<AffiliationLink> path;
    public Instant discoveredAt;
    public Status status;
    public PotentialConflictConclusion conclusion;
    public String analyst;
    public String reasoning;
    public Instant reviewedAt;
}
