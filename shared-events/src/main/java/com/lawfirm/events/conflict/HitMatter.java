package com.lawfirm.events.conflict;

/**
 * A matter (or an open inquiry, status {@code INQUIRY}) a hit leads to, as it stood when the check ran: its dates and
 * lead lawyer were added with revision 2 of {@link ConflictCheckCompleted}.
 */
public record HitMatter(String matterRef, String title, String status, String practiceArea, String role,
                        String openedOn, String closedOn, String leadLawyer) {
}
