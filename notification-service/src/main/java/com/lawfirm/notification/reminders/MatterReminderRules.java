package com.lawfirm.notification.reminders;

import com.lawfirm.events.matter.KeyEventCommunicated;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MatterArchived;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.PlanItem;
import com.lawfirm.events.matter.PlanItemCompleted;
import com.lawfirm.events.matter.ProgressReportSent;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.ReportingCadenceAgreed;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.matter.WorkPlanDrafted;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.notification.inbox.Inbox;
import com.lawfirm.notification.reminders.MatterFacts.Matter;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The matter's notifications (matter-service's events, from Kafka): a new team member hears of the matter; the lead
 * lawyer hears of each key event at once and again if the client is not told in time, and of each report due; task
 * owners 7, 3 and 1 days before a deadline; the archive office when a closed matter's file is due. Each reminder is
 * cancelled when its reason goes away.
 */
@Component
@ProcessingGroup("matter-rules")
class MatterReminderRules {

    static final String ARCHIVISTS = "role:ARCHIVIST";

    private final Inbox inbox;
    private final Reminders reminders;
    private final ReadModelStore store;
    private final ReminderProperties properties;
    private final Clock clock = Clock.systemUTC();

    MatterReminderRules(Inbox inbox, Reminders reminders, ReadModelStore store, ReminderProperties properties) {
        this.inbox = inbox;
        this.reminders = reminders;
        this.store = store;
        this.properties = properties;
    }

    @EventHandler
    void on(MatterOpened e) {
        Matter matter = new Matter();
        matter.matterId = e.matterId();
        matter.matterNumber = e.matterNumber();
        matter.clientName = e.clientName();
        store.upsert(MatterFacts.MATTERS, e.matterId(), 1, matter);
    }

    @EventHandler
    void on(TeamMemberAssigned e, EventMessage<?> message) {
        Matter matter = change(e.matterId(), m -> {
            if (e.role() == TeamRole.LEAD_LAWYER) {
                m.lead = e.login();
            }
        });
        inbox.deliver(message.getIdentifier(), message.getTimestamp(), e.login(), "matter-assigned", e.matterId(),
                Map.of("matterNumber", matter.matterNumber, "client", matter.clientName, "role", e.role().name()));
    }

    @EventHandler
    void on(KeyEventRecorded e, EventMessage<?> message) {
        Matter matter = matter(e.matterId());
        if (matter.lead == null) {
            return;
        }
        Map<String, String> values = Map.of("matterNumber", matter.matterNumber, "event", e.description(),
                "by", e.communicateBy().toString());
        inbox.deliver(message.getIdentifier(), message.getTimestamp(), matter.lead, "key-event-recorded", e.matterId(), values);
        reminders.schedule(keyEvent(e.keyEventId()), e.communicateBy(),
                new Reminder(matter.lead, "key-event-late", e.matterId(), values));
    }

    @EventHandler
    void on(KeyEventCommunicated e) {
        reminders.cancel(keyEvent(e.keyEventId()));
    }

    /** A new plan version replaces the old one's reminders with its own. */
    @EventHandler
    void on(WorkPlanDrafted e) {
        Matter matter = matter(e.matterId());
        matter.planItemIds.forEach(item -> cancelDeadline(e.matterId(), item));
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        for (PlanItem item : e.items()) {
            for (int days : properties.deadlineDaysBefore()) {
                LocalDate day = item.dueOn().minusDays(days);
                if (!day.isBefore(today)) {
                    reminders.schedule(deadline(e.matterId(), item.itemId(), days), day, new Reminder(item.owner(),
                            "deadline-approaching", e.matterId(), Map.of("matterNumber", matter.matterNumber,
                            "task", item.title(), "dueOn", item.dueOn().toString(), "days", String.valueOf(days))));
                }
            }
        }
        change(e.matterId(), m -> m.planItemIds = e.items().stream().map(PlanItem::itemId).toList());
    }

    @EventHandler
    void on(PlanItemCompleted e) {
        cancelDeadline(e.matterId(), e.itemId());
    }

    @EventHandler
    void on(ReportingCadenceAgreed e) {
        Matter matter = change(e.matterId(), m -> {
            m.cadence = e.cadence();
            m.everyDays = e.everyDays();
        });
        scheduleReport(matter, e.firstReportDue());
    }

    @EventHandler
    void on(ProgressReportSent e) {
        Matter matter = matter(e.matterId());
        if (matter.cadence != null) {
            scheduleReport(matter, matter.cadence == ReportCadence.MONTHLY ? e.sentOn().plusMonths(1)
                    : e.sentOn().plusDays(matter.everyDays));
        }
    }

    @EventHandler
    void on(MatterClosed e) {
        Matter matter = matter(e.matterId());
        reminders.schedule(archive(e.matterId()), e.archiveDueOn(), new Reminder(ARCHIVISTS, "archive-due", e.matterId(),
                Map.of("matterNumber", matter.matterNumber, "dueOn", e.archiveDueOn().toString())));
    }

    @EventHandler
    void on(MatterArchived e) {
        reminders.cancel(archive(e.matterId()));
    }

    private void scheduleReport(Matter matter, LocalDate due) {
        if (matter.nextReportDue != null) {
            reminders.cancel(report(matter.matterId, matter.nextReportDue));
        }
        if (matter.lead != null) {
            reminders.schedule(report(matter.matterId, due), due, new Reminder(matter.lead, "report-due",
                    matter.matterId, Map.of("matterNumber", matter.matterNumber, "dueOn", due.toString())));
        }
        change(matter.matterId, m -> m.nextReportDue = due);
    }

    private void cancelDeadline(String matterId, String itemId) {
        properties.deadlineDaysBefore().forEach(days -> reminders.cancel(deadline(matterId, itemId, days)));
    }

    private Matter matter(String matterId) {
        return store.get(MatterFacts.MATTERS, matterId, Matter.class).orElseGet(() -> {
            Matter unknown = new Matter();
            unknown.matterId = matterId;
            unknown.matterNumber = matterId;
            unknown.clientName = "";
            return unknown;
        });
    }

    private Matter change(String matterId, Consumer<Matter> change) {
        Matter matter = matter(matterId);
        change.accept(matter);
        store.put(MatterFacts.MATTERS, matterId, matter);
        return matter;
    }

    static String keyEvent(String keyEventId) {
        return "key-event:" + keyEventId;
    }

    static String deadline(String matterId, String itemId, int days) {
        return "deadline:" + matterId + ":" + itemId + ":" + days;
    }

    static String report(String matterId, LocalDate due) {
        return "report:" + matterId + ":" + due;
    }

    static String archive(String matterId) {
        return "archive:" + matterId;
    }
}
