package com.lawfirm.conflict.check;

import com.lawfirm.events.conflict.ConflictAssessment;
import com.lawfirm.events.conflict.AbsoluteConflict;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.intake.CheckedParty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A conflict check as the analyst works it: the frozen search, the decision, the waivers and the outcome. */
public class ConflictCheckView {

    public enum Status { AWAITING_DECISION, WAIVERS_PENDING, CLEARED, DECLINED }

    public String checkId;
    public String inquiryId;
    public String purpose;
    public Status status;
    public List<CheckedParty> parties;
    public String matcherVersion;
    public Map<String, Long> indexPositions;
    public List<FrozenHit> hits;
    /** Conflicts the firm's rules hold no consent can cure: the check can only be declined. */
    public List<AbsoluteConflict> absoluteConflicts = new ArrayList<>();
    public Instant completedAt;
    public ConflictAssessment assessment;
    public String analyst;
    public String reasoning;
    public List<String> waiversRequiredFrom = new ArrayList<>();
    public List<Waiver> waivers = new ArrayList<>();
    public Instant decidedAt;
}
