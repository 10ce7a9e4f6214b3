package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.RetentionClass;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.MatterParty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The matter register's read model. {@code readers} holds the logins of team members whose undertaking is signed:
 * the list that decides who, beyond the roles that see every matter, may read it.
 */
public class MatterView {

    public record Seat(String staffId, String login, String name, TeamRole role, boolean undertakingSigned) {
    }

    public String matterId;
    public String matterNumber;
    public String engagementId;
    public String inquiryId;
    public String clientId;
    public String clientName;
    public MatterType matterType;
    public String description;
    public List<MatterParty> parties = new ArrayList<>();
    public MatterStatus status;
    public LocalDate openedOn;
    public Instant openedAt;
    public List<Seat> team = new ArrayList<>();
    public List<String> teamStaffIds = new ArrayList<>();
    public List<String> readers = new ArrayList<>();
    public LocalDate feesSettledOn;
    public String outcome;
    public String feeException;
    public LocalDate closedOn;
    public LocalDate archiveDueOn;
    public RetentionClass retentionClass;
    public LocalDate archivedOn;

    Seat seatOf(TeamRole role) {
        return team.stream().filter(s -> s.role() == role).findFirst().orElse(null);
    }

    Seat seatOfLogin(String login) {
        return team.stream().filter(s -> login.equalsIgnoreCase(s.login())).findFirst().orElse(null);
    }

    void seatsChanged() {
        teamStaffIds = team.stream().map(Seat::staffId).toList();
        readers = team.stream().filter(s -> s.undertakingSigned() && s.login() != null).map(Seat::login).toList();
    }
}
