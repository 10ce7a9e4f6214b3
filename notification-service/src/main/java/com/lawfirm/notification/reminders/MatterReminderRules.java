package com.lawfirm.notification.reminders;

import com.lawfirm.events.matter.KeyEventCommunicated;
import com.lawfirm.events.matter.KeyEventRecorded;
import com.lawfirm.events.matter.MatterArchived;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.PlanItem;
import com.lawfirm.events.matter.PlanItemCompleted;
import com.lawfirm.events.matter.ProgressReportSent;
import com.lawfirm.events.matter.ReportCadence;
import com.lawfirm.events.matter.ReportingCadenceAgreed;
import com.lawfirm.events.matter.WorkPlanDrafted;
import com.lawfirm.kit.privacy.SealedPayloads;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.notification.ReminderProperties;
import com.lawfirm.notification.reminders.MatterFacts.Matter;
import com.lawfirm.notification.rules.Notifier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * When the matter's reminders fall due (matter-service's events, from Kafka): a key event not told to the client by
 * its time; each task 7, 3 and 1 days before its deadline; each progress report; a closed matter's archiving. Each is
 * cancelled when its reason goes away. Whom they tell is the rules' business (notification-service.yml).
 */
@Component
@ProcessingGroup("matter-rules")
class MatterReminderRules {

    private final Reminders reminders;
    private final ReadModelStore store;
    private final ReminderProperties properties;
    private final SealedPayloads sealed;
    private final Clock clock = Clock.systemUTC();

    MatterReminderRules(Reminders reminders, ReadModelStore store, ReminderProperties properties,
                        SealedPayloads sealed) {
        this.reminders = reminders;
        this.sealed = sealed;
        this.store = store;
        this.properties = properties;
    }

    @EventHandler
    void on(KeyEventRecorded e) {
        // the description is the client's (sealed under the matter): the reminder keeps the event sealed
        reminders.schedule(keyEvent(e.keyEventId()), e.communicateBy(), new Reminder(Notifier.KEY_EVENT_LATE,
                Map.of("matterId", e.matterId(), "keyEventId", e.keyEventId()), sealed.seal(e)));
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
                    reminders.schedule(deadline(e.matterId(), item.itemId(), days), day, new Reminder(
                            Notifier.DEADLINE_APPROACHING, Map.of("matterId", e.matterId(), "owner", item.owner(),
                            "dueOn", item.dueOn().toString(), "days", String.valueOf(days)),
                            sealed.seal(new DeadlineTask(e.matterId(), item.title()))));
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
        reminders.schedule(archive(e.matterId()), e.archiveDueOn(), new Reminder(Notifier.ARCHIVE_DUE,
                Map.of("matterId", e.matterId(), "dueOn", e.archiveDueOn().toString())));
    }

    @EventHandler
    void on(MatterArchived e) {
        reminders.cancel(archive(e.matterId()));
    }

    private void scheduleReport(Matter matter, LocalDate due) {
        if (matter.nextReportDue != null) {
            reminders.cancel(report(matter.matterId, matter.nextReportDue));
        }
        reminders.schedule(report(matter.matterId, due), due, new Reminder(Notifier.REPORT_DUE,
                Map.of("matterId", matter.matterId, "dueOn", due.toString())));
        change(matter.matterId, m -> m.nextReportDue = due);
    }

    private void cancelDeadline(String matterId, String itemId) {
        properties.deadlineDaysBefore().forEach(days -> reminders.cancel(deadline(matterId, itemId, days)));
    }

    private Matter matter(String matterId) {
        return store.get(MatterFacts.MATTERS, matterId, Matter.class).orElseGet(() -> {
            Matter first = new Matter();
            first.matterId = matterId;
            return first;
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
