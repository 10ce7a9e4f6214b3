package com.lawfirm.kit.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names are stored exactly as given and compared after this normalisation: Unicode NFKC (full-width letters and
 * digits become half-width, compatibility forms fold), lower case, and runs of white space as one space.
 */
public final class Names {

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s\\u3000]+", " ").strip();
    }

    /** An identifier compared without case, spaces, hyphens or full-width forms. */
    public static String normalizeIdentifier(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "");
    }
}
