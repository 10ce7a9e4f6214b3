package com.lawfirm.intake.client;

import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.text.Names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks official identifiers by their own rules: the unified social credit code's check character
 * (GB 32100-2015) and the resident identity number's check digit (GB 11643-1999). Other schemes are taken as given.
 */
final class IdentifierRules {

    private static final String USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_CHECK = "10X98765432";

    private IdentifierRules() {
    }

    /** The identifier with its value normalised (upper case, no spaces), or the reason it is not valid. */
    static Optional<String> problem(PartyIdentifier identifier) {
        if (identifier.scheme() == null) {
            return Optional.of("scheme is required");
        }
        String value = Names.normalizeIdentifier(identifier.value());
        if (value.isEmpty()) {
            return Optional.of("value is required");
        }
        return switch (identifier.scheme()) {
            case CN_USCC -> validUscc(value) ? Optional.empty()
                    : Optional.of("is not a valid unified social credit code (18 characters, check character per GB 32100-2015)");
            case CN_RESIDENT_ID -> validResidentId(value) ? Optional.empty()
                    : Optional.of("is not a valid resident identity number (18 characters, check digit per GB 11643)");
            case LEI -> value.matches("[0-9A-Z]{18}[0-9]{2}") ? Optional.empty()
                    : Optional.of("is not a valid LEI (20 characters)");
            case PASSPORT, OTHER -> value.length() <= 64 ? Optional.empty() : Optional.of("is longer than 64 characters");
        };
    }

    static PartyIdentifier normalized(PartyIdentifier identifier) {
        return new PartyIdentifier(identifier.scheme(), Names.normalizeIdentifier(identifier.value()));
    }

    static boolean validUscc(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = USCC_CHARSET.indexOf(code.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return USCC_CHARSET.charAt(check) == code.charAt(17);
    }

    static boolean validResidentId(String number) {
        if (number.length() != 18 || !number.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return RESIDENT_CHECK.charAt(sum % 11) == number.charAt(17);
    }

    /** The identifiers given, each checked (400 naming the one at fault) and normalised, without repeats. */
    static List<PartyIdentifier> checked(List<PartyIdentifier> given) {
        List<PartyIdentifier> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<PartyIdentifier> all = given == null ? List.of() : given;
        for (int i = 0; i < all.size(); i++) {
            PartyIdentifier identifier = all.get(i);
            if (identifier == null) {
                throw new InvalidFieldException("identifiers[" + i + "]", "must not be null");
            }
            int index = i;
            problem(identifier).ifPresent(problem -> {
                throw new InvalidFieldException("identifiers[" + index + "].value", problem);
            });
            PartyIdentifier normalized = normalized(identifier);
            if (seen.add(key(normalized))) {
                checked.add(normalized);
            }
        }
        return checked;
    }

    static String key(PartyIdentifier identifier) {
        return identifier.scheme() + ":" + Names.normalizeIdentifier(identifier.value());
    }
}
