package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.ReviewDecision;
import com.lawfirm.events.party.MatterParty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The engagement contract's read model: the current terms and where review, fee approval and signing stand. */
public class EngagementView {

    public enum Status { DRAFT, SIGNING, SIGNED }

    public record Review(int termsVersion, ReviewDecision decision, String reviewer, String comments) {
    }

    public record FeeDecision(int termsVersion, boolean approved, String ruleSet, String failedRule, String explanation) {
    }

    public record Signature(String signatory, LocalDate signedOn) {
    }

    public String engagementId;
    public String inquiryId;
    public int proposalVersion;
    public String clientId;
    public String clientName;
    public List<MatterParty> parties;
    public EngagementTerms terms;
    public int termsVersion;
    public Status status;
    public Review review;
    public FeeDecision feeDecision;
    public Signature clientSignature;
    public Signature firmSignature;
    public Instant draftedAt;
    public Instant signedAt;
}
