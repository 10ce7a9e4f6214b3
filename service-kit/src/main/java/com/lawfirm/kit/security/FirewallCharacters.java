package com.lawfirm.kit.security;

/**
 * The strict firewall's character rules for header names, header values and parameter names, as plain loops. The
 * firewall's own rules are regular expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, and for header values
 * the same with tab) run on every header read; a bearer token is some 700 characters, read several times per request,
 * and the expressions took a sixth of a command's request-thread time. These accept exactly the same strings.
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    /** Every code point assigned in Unicode and not a control character. */
    static boolean assignedAndNotControl(String text) {
        return allAllowed(text, false);
    }

    /** As {@link #assignedAndNotControl}, and tab too (headers may fold with it). */
    static boolean headerValue(String text) {
        return allAllowed(text, true);
    }

    private static boolean allAllowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint >= 0x20 && codePoint < 0x7f) {
                i++;
                continue;
            }
            boolean control = Character.getType(codePoint) == Character.CONTROL;
            if (!Character.isDefined(codePoint) || control && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
