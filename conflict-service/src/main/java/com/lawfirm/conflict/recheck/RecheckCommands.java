package com.lawfirm.conflict.recheck;

import com.lawfirm.events.conflict.AffiliationLink;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.events.conflict.PotentialConflictConclusion;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands of a potential conflict found by a re-check. */
final class RecheckCommands {

    private RecheckCommands() {
    }

    record RecordPotentialConflict(String discoveryId, String trigger, String description, String subjectName,
                                   String subjectId, String staffId, List<HitMatter> matters, List<AffiliationLink> path) {
    }

    record ReviewPotentialConflict(@TargetAggregateIdentifier String discoveryId, String analyst,
                                   PotentialConflictConclusion conclusion, String reasoning) {
    }
}
