package com.lawfirm.events.intake;

import com.lawfirm.events.privacy.PersonalData;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms of an engagement contract (委托代理合同): the matter and its type, the scope, the term, the fee and how
 * it is paid, rights and duties, liability, dispute resolution, and the separate clause a contingency fee needs. The
 * scope, often the accepted proposal's, is sealed under the engagement (since revision 2 of the events carrying the
 * terms), and so is every other clause in words, which name the client as a rule: the matter's description, rights
 * and duties, liability, dispute resolution and the contingency clause (since revision 3). They go with the client's
 * or the prospect's erasure; the type, the term, the fee and its schedule stay, as the firm's record.
 */
public record EngagementTerms(@PersonalData(subject = "engagementId") String matterDescription, MatterType matterType,
                              @PersonalData(subject = "engagementId") String scope, LocalDate termStart,
                              LocalDate termEnd, FeeQuote fee, List<Instalment> paymentSchedule,
                              @PersonalData(subject = "engagementId") String rightsAndDuties,
                              @PersonalData(subject = "engagementId") String liability,
                              @PersonalData(subject = "engagementId") String disputeResolution,
                              @PersonalData(subject = "engagementId") String contingencyClause) {
}
