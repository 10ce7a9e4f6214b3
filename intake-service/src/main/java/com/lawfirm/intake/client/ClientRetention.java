package com.lawfirm.intake.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a client's personal data is kept (保存期限): while the firm acts for the client, then until the day a
 * recorded retention gives, else for the years its consent gives (or the firm's default) from the day it became
 * former. Kept by the client aggregate and changed by its event-sourcing handlers alone.
 */
final class ClientRetention {

    private Integer consentedYears;
    private boolean former;
    /** The day the client became former, when it was given; else the instant it was recorded, read in the firm's day. */
    private LocalDate formerSince;
    private Instant formerAt;
    private LocalDate retainUntil;
    /** The retention was recorded after the client left: it is about that leaving, and ends if the client returns. */
    private boolean endsOnReturn;

    boolean former() {
        return former;
    }

    /** The last day a former client's data is kept; the day it became former is read in the firm's {@code zone}. */
    LocalDate keptUntil(ZoneId zone, int defaultYears) {
        if (retainUntil != null) {
            return retainUntil;
        }
        LocalDate left = formerSince != null ? formerSince : LocalDate.ofInstant(formerAt, zone);
        return left.plusYears(consentedYears != null ? consentedYears : defaultYears);
    }

    void consented(Integer years) {
        consentedYears = years;
    }

    void markedFormer(LocalDate since, Instant at) {
        former = true;
        formerSince = since;
        formerAt = at;
    }

    /**
     * Engaged again, a former client is current. A retention recorded after it left was about that leaving and no
     * longer applies; one recorded while the firm acted (a statute's date, say) still does.
     */
    void engaged() {
        if (former) {
            former = false;
            formerSince = null;
            formerAt = null;
            if (endsOnReturn) {
                retainUntil = null;
                endsOnReturn = false;
            }
        }
    }

    void recorded(LocalDate until) {
        retainUntil = until;
        endsOnReturn = former;
    }
}
