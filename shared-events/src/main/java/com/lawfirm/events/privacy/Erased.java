package com.lawfirm.events.privacy;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyRole;

import java.util.List;

/**
 * Values as they read after an erasure, for read models that erase in place what their events will read as erased
 * on the next replay.
 */
public final class Erased {

    private Erased() {
    }

    /** True for text that reads as erased. */
    public static boolean is(String text) {
        return PersonalData.ERASED.equals(text);
    }

    /** A sealed text field as it reads once erased: {@link PersonalData#ERASED}, or still nothing if it had none. */
    public static String text(String value) {
        return value == null ? null : PersonalData.ERASED;
    }

    /** A sealed list as it reads once erased: empty, or still nothing if it had none. */
    public static <T> List<T> list(List<T> value) {
        return value == null ? null : List.of();
    }

    /** The client's own party erased; any other party as it is. */
    public static MatterParty clientParty(MatterParty party) {
        return party.role() == PartyRole.CLIENT
                ? new MatterParty(party.role(), party.kind(), PersonalData.ERASED, List.of(), List.of())
                : party;
    }

    /** The prospective client erased; any other searched party as it is. */
    public static CheckedParty prospectiveClient(CheckedParty party) {
        return party.role() == CheckRole.PROSPECTIVE_CLIENT
                ? new CheckedParty(party.role(), party.kind(), PersonalData.ERASED, List.of(), List.of())
                : party;
    }

    public static Prospect prospect(Prospect prospect) {
        return prospect == null ? null : new Prospect(prospect.kind(), PersonalData.ERASED, List.of());
    }
}
