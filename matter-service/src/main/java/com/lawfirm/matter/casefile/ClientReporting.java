package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.KeyEventCommunicated;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.ProgressReportSent;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.ReportingCadenceAgreed;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.casefile.MatterCommands.AgreeReportingCadence;
import com.lawfirm.matter.casefile.MatterCommands.RecordKeyEvent;
import com.lawfirm.matter.casefile.MatterCommands.RecordKeyEventCommunicated;
import com.lawfirm.matter.casefile.MatterCommands.SendProgressReport;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Keeping the client informed: progress reports on the agreed cadence, and every key event told to the client within
 * the firm's time for its kind. What is due and what is late is read from the matter register.
 */
class ClientReporting {

    private final Set<String> reports = new HashSet<>();
    /** Key event id to whether the client has been told. */
    private final Map<String, Boolean> keyEvents = new HashMap<>();

    @CommandHandler
    void handle(AgreeReportingCadence command) {
        int everyDays = switch (command.cadence()) {
            case WEEKLY -> 7;
            case MONTHLY -> 0;
            case CUSTOM -> command.everyDays() == null ? 0 : command.everyDays();
        };
        if (command.cadence() == ReportCadence.CUSTOM && everyDays < 1) {
            throw new InvalidFieldException("everyDays", "a custom cadence needs the number of days between reports");
        }
        apply(new ReportingCadenceAgreed(command.matterId(), command.cadence(), everyDays, command.firstReportDue()));
    }

    @CommandHandler
    void handle(SendProgressReport command) {
        if (command.periodTo().isBefore(command.periodFrom())) {
            throw new InvalidFieldException("periodTo", "the period cannot end before it starts");
        }
        if (!reports.contains(command.reportId())) {
            apply(new ProgressReportSent(command.matterId(), command.reportId(), command.periodFrom(), command.periodTo(),
                    command.content(), command.channel(), command.sentBy(), command.sentOn()));
        }
    }

    @CommandHandler
    void handle(RecordKeyEvent command) {
        if (!keyEvents.containsKey(command.keyEventId())) {
            apply(new KeyEventRecorded(command.matterId(), command.keyEventId(), command.kind(), command.description(),
                    command.occurredAt(), command.occurredAt().plus(command.communicateWithin())));
        }
    }

    @CommandHandler
    void handle(RecordKeyEventCommunicated command) {
        Boolean told = keyEvents.get(command.keyEventId());
        if (told == null) {
            throw new RuleViolationException("key-event-unknown", "no key event " + command.keyEventId()
                    + " is recorded on this matter");
        }
        if (!told) {
            apply(new KeyEventCommunicated(command.matterId(), command.keyEventId(), command.channel(),
                    command.communicatedTo(), command.communicatedBy(), command.communicatedAt()));
        }
    }

    @EventSourcingHandler
    void on(ProgressReportSent event) {
        reports.add(event.reportId());
    }

    @EventSourcingHandler
    void on(KeyEventRecorded event) {
        keyEvents.put(event.keyEventId(), false);
    }

    @EventSourcingHandler
    void on(KeyEventCommunicated event) {
        keyEvents.put(event.keyEventId(), true);
    }
}
