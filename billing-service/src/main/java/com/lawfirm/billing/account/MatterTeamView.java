package com.lawfirm.billing.account;

import com.lawfirm.events.matter.TeamRole;

import java.util.ArrayList;
import java.util.List;

/**
 * Billing's copy of a matter's team (from matter-service's events): who may see the matter's money and who approves
 * its time. A member counts once cleared by conflict-service and their confidentiality undertaking is signed, as in
 * matter-service.
 */
public class MatterTeamView {

    /** {@code cleared}: conflict-service's check of the person, null until it arrives. */
    public record Seat(String staffId, String login, TeamRole role, boolean signed, Boolean cleared) {

        boolean counts(String login) {
            return signed && Boolean.TRUE.equals(cleared) && login.equalsIgnoreCase(this.login);
        }
    }

    public String matterId;
    public String inquiryId;
    public List<Seat> seats = new ArrayList<>();

    boolean isMember(String login) {
        return seats.stream().anyMatch(s -> s.counts(login));
    }

    boolean approves(String login) {
        return seats.stream().anyMatch(s -> s.counts(login)
                && (s.role() == TeamRole.LEAD_LAWYER || s.role() == TeamRole.RESPONSIBLE_PARTNER));
    }
}
