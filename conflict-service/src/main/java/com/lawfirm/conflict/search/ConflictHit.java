package com.lawfirm.conflict.search;

import com.lawfirm.events.conflict.AffiliationLink;

import java.util.List;

/**
 * One possible conflict, explained: which searched field met which stored name or identifier, how, with what
 * score, and what it leads to: the matters the stored party is on, the firm's client it is, or the staff member it
 * is linked to; for an affiliate, the path through the graph from the party found to the party on the matter. The
 * party found is named in {@code matchedName}: {@code clientId} is set when it is the firm's client, else
 * {@code prospectInquiry} when it is the prospective client of an inquiry, so that a recorded check seals the name
 * under its data subject.
 */
public record ConflictHit(
        MatchKind matchKind,
        double score,
        String searchedField,
        String searchedValue,
        String matchedName,
        String matchedBecause,
        List<MatterInvolvement> matters,
        String clientId,
        Boolean formerClient,
        String staffId,
        String staffLink,
        List<AffiliationLink> path,
        String prospectInquiry) {
}
