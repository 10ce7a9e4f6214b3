package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.KeyEventKind;
import com.lawfirm.events.matter.PlanItemKind;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.RetentionClass;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.MatterParty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The matter register's read model. {@code readers} holds the logins of team members cleared by conflict-service
 * whose undertaking is signed: the list that decides who, beyond the roles that see every matter, may read it.
 */
public class MatterView {

    /** A place on the team: {@code conflictCleared} is null until conflict-service's check of the person arrives. */
    public record Seat(String staffId, String login, String name, TeamRole role, boolean undertakingSigned,
                       Boolean conflictCleared, List<String> conflictFindings) {

        Seat signed() {
            return new Seat(staffId, login, name, role, true, conflictCleared, conflictFindings);
        }

        Seat checked(boolean clear, List<String> findings) {
            return new Seat(staffId, login, name, role, undertakingSigned, clear, findings);
        }
    }

    public record Deadline(String itemId, PlanItemKind kind, String title, String owner, LocalDate dueOn) {
    }

    public record KeyEventDue(String keyEventId, KeyEventKind kind, String description, Instant communicateBy) {
    }

    public record ActionDue(String reviewId, String actionId, String action, String owner, LocalDate dueOn) {
    }

    public String matterId;
    public String matterNumber;
    public String engagementId;
    public String inquiryId;
    public String clientId;
    public String clientName;
    public MatterType matterType;
    public String practiceArea;
    public String description;
    public BigDecimal amountInDispute;
    public List<MatterParty> parties = new ArrayList<>();
    public MatterStatus status;
    public LocalDate openedOn;
    public Instant openedAt;
    public List<Seat> team = new ArrayList<>();
    public List<String> teamStaffIds = new ArrayList<>();
    public List<String> readers = new ArrayList<>();
    public int workPlanVersion;
    public int workPlanConfirmedVersion;
    public List<Deadline> openItems = new ArrayList<>();
    public List<String> completedItemIds = new ArrayList<>();
    public LocalDate nextDeadline;
    public ReportCadence reportCadence;
    public int reportEveryDays;
    public LocalDate lastReportOn;
    public LocalDate nextReportDueOn;
    public List<KeyEventDue> keyEventsOutstanding = new ArrayList<>();
    public int keyEventsUntold;
    public Instant nextKeyEventDue;
    public int pendingAuthorizations;
    public List<String> originalsHeld = new ArrayList<>();
    public int originalsInCustody;
    public List<ActionDue> openCorrectiveActions = new ArrayList<>();
    public LocalDate nextCorrectiveActionDue;
    public Integer lastFeedbackScore;
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
        readers = team.stream().filter(s -> s.undertakingSigned() && Boolean.TRUE.equals(s.conflictCleared())
                && s.login() != null).map(Seat::login).toList();
    }
}
