package com.lawfirm.conflict.check;

import com.lawfirm.events.conflict.ConflictAssessment;
import com.lawfirm.events.conflict.AbsoluteConflict;
import com.lawfirm.events.conflict.FrozenHit;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.intake.CheckedParty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Map;

/** Commands of a conflict check. */
final class CheckCommands {

    private CheckCommands() {
    }

    /** The search has run on an index that had seen every event published before the request. */
    record CompleteConflictCheck(String checkId, String inquiryId, String purpose, List<CheckedParty> parties,
                                 String matcherVersion, Map<String, Long> indexPositions, List<FrozenHit> hits,
                                 List<AbsoluteConflict> absoluteConflicts) {
    }

    record ReviewConflictCheck(@TargetAggregateIdentifier String checkId, ConflictAssessment assessment, String analyst,
                               String reasoning, List<String> waiversRequiredFrom) {
    }

    record RecordWaiver(@TargetAggregateIdentifier String checkId, Waiver waiver) {
    }
}
