package com.lawfirm.intake.privacy;

import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legal holds standing on a data subject's records (诉讼保全, an investigation, a claim): while one stands, nothing
 * of them is erased. Kept by the aggregate whose records they hold (a client, a prospect's inquiry) and changed by its
 * event-sourcing handlers alone.
 */
public final class LegalHolds {

    private final Map<String, String> reasons = new LinkedHashMap<>();

    /** A hold's reason as recorded: required, without surrounding blanks. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "must not be blank");
        }
        return reason.strip();
    }

    /** Refuses (409 {@code no-such-hold}) to lift a hold that does not stand on {@code whose} records. */
    public void requireStanding(String holdId, String whose) {
        if (!reasons.containsKey(holdId)) {
            throw new RuleViolationException("no-such-hold", whose + " has no legal hold " + holdId);
        }
    }

    /** Refuses (409 {@code legal-hold}) an erasure while any hold stands, naming their reasons. */
    public void refuseErasure() {
        if (!reasons.isEmpty()) {
            throw new RuleViolationException("legal-hold", "legal holds stand: " + String.join("; ", reasons.values()));
        }
    }

    public void placed(String holdId, String reason) {
        reasons.put(holdId, reason);
    }

    public void lifted(String holdId) {
        reasons.remove(holdId);
    }
}
