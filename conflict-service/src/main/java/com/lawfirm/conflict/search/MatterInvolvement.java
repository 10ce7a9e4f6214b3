package com.lawfirm.conflict.search;

import com.lawfirm.events.party.PartyRole;

/** A party's place on a matter: which matter, in what role, and the matter's state. */
public record MatterInvolvement(String matterRef, String title, String status, String practiceArea, PartyRole role,
                                String closedOn, String leadLawyer) {
}
