package com.lawfirm.kit.testing;

import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for the refusals aggregates throw, for Axon fixture tests' {@code expectException}. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<InvalidFieldException> invalidField(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(InvalidFieldException e) {
                return field.equals(e.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an invalid field ").appendValue(field);
            }
        };
    }

    public static Matcher<RuleViolationException> ruleViolation(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return rule.equals(e.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of rule ").appendValue(rule);
            }
        };
    }
}
