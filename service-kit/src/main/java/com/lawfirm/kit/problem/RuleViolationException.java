package com.lawfirm.kit.problem;

/**
 * A command that is well-formed but not allowed in the aggregate's current state (for example, an interview for an
 * inquiry whose conflict check is not cleared): answered 409 with the rule's code, and nothing is written.
 */
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
