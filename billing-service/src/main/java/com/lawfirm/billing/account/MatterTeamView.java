package com.lawfirm.billing.account;

import com.lawfirm.events.matter.TeamRole;

import java.util.ArrayList;
import java.util.List;

/**
 * Billing's copy of a matter's team (from matter-service's events): who may see the matter's money and who approves
 * its time. A member counts once their confidentiality undertaking is signed, as in matter-service.
 */
public class MatterTeamView {

    public record Seat(String staffId, String login, TeamRole role, boolean signed) {
    }

    public String matterId;
    public String inquiryId;
    public List<Seat> seats = new ArrayList<>();

    boolean isMember(String login) {
        return seats.stream().anyMatch(s -> s.signed() && login.equalsIgnoreCase(s.login()));
    }

    boolean approves(String login) {
        return seats.stream().anyMatch(s -> s.signed() && login.equalsIgnoreCase(s.login())
                && (s.role() == TeamRole.LEAD_LAWYER || s.role() == TeamRole.RESPONSIBLE_PARTNER));
    }
}
