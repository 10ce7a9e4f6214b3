package com.lawfirm.events.conflict;

import org.axonframework.serialization.Revision;

/** A conflicts analyst reviewed a potential conflict found by a re-check, with the conclusion and its reasons. */
@Revision("1")
public record PotentialConflictReviewed(String discoveryId, String analyst, PotentialConflictConclusion conclusion,
                                        String reasoning) {
}
