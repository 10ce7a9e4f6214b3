package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyRole;

/**
 * A party's place on a matter, or on an inquiry still open: which matter (its reference: the matter number, a legacy
 * reference, or the inquiry's id), in what role, and the matter's state — {@code OPEN}, {@code CLOSED}, or
 * {@code INQUIRY} for a prospective matter not yet engaged — with its dates and lead lawyer when known.
 */
public record MatterInvolvement(String matterRef, String matterId, String title, String status, String practiceArea,
                                PartyRole role, String openedOn, String closedOn, String leadLawyer) {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";
    public static final String INQUIRY = "INQUIRY";

    /** Whether the firm is acting on it now (an open matter or an open inquiry), so a new conflict with it matters. */
    public boolean live() {
        return OPEN.equals(status) || INQUIRY.equals(status);
    }

    MatterInvolvement closed(String closedOn) {
        return new MatterInvolvement(matterRef, matterId, title, CLOSED, practiceArea, role, openedOn, closedOn, leadLawyer);
    }

    MatterInvolvement ledBy(String leadLawyer) {
        return new MatterInvolvement(matterRef, matterId, title, status, practiceArea, role, openedOn, closedOn, leadLawyer);
    }
}
