package com.lawfirm.notification.rules;

import com.lawfirm.events.intake.InquiryOpened;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.Language;
import com.lawfirm.notification.email.ClientDirectory;
import com.lawfirm.notification.email.EmailChannel;
import com.lawfirm.notification.inbox.Inbox;
import com.lawfirm.notification.inbox.TemplateProperties;
import com.lawfirm.notification.preferences.Preferences;
import com.lawfirm.notification.ReminderProperties;
import com.lawfirm.notification.rules.RuleProperties.Rule;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries out the configured rules: for an event or a due reminder, finds its rules, fills the values from the
 * event and the facts, resolves the recipients and hands each the notification on the channels it can be reached
 * on. Each (event, recipient, channel) goes out once, however often the event arrives.
 */
@Component
public class Notifier {

    public static final String INBOX = "INBOX";
    public static final String EMAIL = "EMAIL";
    static final String CLIENT = "client:";
    static final String ROLE = "role:";

    /** The reminders the service schedules; a rule naming one of them as {@code reminder} fires when it is due. */
    public static final String KEY_EVENT_LATE = "key-event-late";
    public static final String DEADLINE_APPROACHING = "deadline-approaching";
    public static final String REPORT_DUE = "report-due";
    public static final String ARCHIVE_DUE = "archive-due";
    public static final String INVOICE_OVERDUE = "invoice-overdue";
    static final Set<String> REMINDERS = Set.of(KEY_EVENT_LATE, DEADLINE_APPROACHING, REPORT_DUE, ARCHIVE_DUE, INVOICE_OVERDUE);

    private final Map<String, Rule> rules;
    private final Map<String, List<String>> byTrigger = new HashMap<>();
    private final Facts facts;
    private final Inbox inbox;
    private final EmailChannel email;
    private final Preferences preferences;
    private final ClientDirectory clients;
    private final EventValues eventValues;
    private final WaitingNotifications waiting;

    Notifier(RuleProperties properties, TemplateProperties templates, Facts facts, Inbox inbox, EmailChannel email,
             Preferences preferences, ClientDirectory clients, ReminderProperties reminders, WaitingNotifications waiting) {
        List<String> problems = RuleCheck.problems(properties.rules(), templates);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("lawfirm.notification.rules: " + String.join("; ", problems));
        }
        this.rules = properties.rules();
        this.facts = facts;
        this.inbox = inbox;
        this.email = email;
        this.preferences = preferences;
        this.clients = clients;
        this.eventValues = new EventValues(reminders.zone());
        this.waiting = waiting;
        new java.util.TreeMap<>(rules).forEach((name, rule) -> byTrigger.computeIfAbsent(trigger(rule), t -> new ArrayList<>()).add(name));
    }

    /** Whether any rule listens to this event, so its values need not be computed for nothing. */
    boolean listensTo(Class<?> type) {
        return byTrigger.containsKey("event:" + type.getSimpleName());
    }

    /** The event's fields as template values; also what a reminder keeps of the event that scheduled it. */
    public Map<String, String> valuesOf(Object event) {
        return event.getClass().isRecord() ? eventValues.of(event) : Map.of();
    }

    void onEvent(Object event, String eventId, Instant at) {
        Map<String, String> values = valuesOf(event);
        byTrigger.getOrDefault("event:" + event.getClass().getSimpleName(), List.of())
                .forEach(name -> notify(name, eventId, at, values));
    }

    /** A reminder is due: every rule naming it goes out. */
    public void onReminder(String reminder, String reminderId, Instant at, Map<String, String> values) {
        byTrigger.getOrDefault("reminder:" + reminder, List.of()).forEach(name -> notify(name, reminderId, at, values));
    }

    private void notify(String name, String eventId, Instant at, Map<String, String> eventValues) {
        Rule rule = rules.get(name);
        if (rule == null) {
            // a notification that waited for a rule the firm has since removed
            return;
        }
        Map<String, String> values = new HashMap<>(eventValues);
        Optional<Facts.Matter> matter = facts.matter(values.get("matterId"));
        Optional<Facts.Inquiry> inquiry = facts.inquiry(values.get("inquiryId"));
        matter.ifPresent(m -> {
            putIfKnown(values, "matterNumber", m.matterNumber);
            putIfKnown(values, "client", m.clientName);
            values.putIfAbsent("originalsHeld", String.join(" / ", m.originalsHeld.values()));
        });
        inquiry.ifPresent(i -> putIfKnown(values, "prospect", i.prospect));
        String missing = missingFact(rule, values, matter, inquiry);
        if (missing != null) {
            waiting.defer(missing, name, eventId, at, eventValues);
            return;
        }
        if (rule.when() != null && !holds(values.get(rule.when()))) {
            return;
        }
        String template = rule.templateOr(name);
        String subject = subject(values);
        for (String recipient : recipients(rule, values, matter, inquiry)) {
            if (recipient.startsWith(CLIENT)) {
                toClient(recipient, rule, template, eventId, subject, values);
            } else if (recipient.startsWith(ROLE)) {
                if (rule.channels().contains(INBOX)) {
                    inbox.deliver(eventId, at, recipient, template, subject, values);
                }
            } else {
                toStaff(recipient, rule, template, eventId, at, subject, values);
            }
        }
    }

    /**
     * The inquiry or matter whose facts the rule's recipients need and which is not known yet. Each topic is in order,
     * but not one against another: a check's outcome (conflict topic) can arrive before the inquiry it is about
     * (intake topic).
     */
    private static String missingFact(Rule rule, Map<String, String> values, Optional<Facts.Matter> matter,
                                      Optional<Facts.Inquiry> inquiry) {
        if (values.get("inquiryId") != null && inquiry.isEmpty() && rule.to().stream().anyMatch(to -> to.startsWith("inquiry."))) {
            return "inquiry:" + values.get("inquiryId");
        }
        if (values.get("matterId") != null && matter.map(m -> m.matterNumber).isEmpty()
                && rule.to().stream().anyMatch(to -> to.startsWith("matter."))) {
            return "matter:" + values.get("matterId");
        }
        // a reminder can fire before the rules (another consumer) have learnt who leads the matter; a matter between
        // two leads tells the next one
        if (values.get("matterId") != null && matter.map(m -> m.lead).isEmpty() && rule.to().contains("matter.lead")) {
            return "lead:" + values.get("matterId");
        }
        return null;
    }

    /** An inquiry, a matter or a matter's lead became known: what waited for it goes out now. */
    void release(Object event) {
        String known = event instanceof InquiryOpened e ? "inquiry:" + e.inquiryId()
                : event instanceof MatterOpened e ? "matter:" + e.matterId()
                : event instanceof TeamMemberAssigned e && e.role() == TeamRole.LEAD_LAWYER ? "lead:" + e.matterId() : null;
        if (known != null) {
            waiting.release(known, this::notifyWaiting);
        }
    }

    /**
     * What was deferred since then (every waiting notification when null) and whose fact is known by now goes out (see
     * {@link WaitingNotifications#recheck}).
     */
    void recheck(Instant deferredSince) {
        waiting.recheck(deferredSince, this::notifyWaiting);
    }

    private void notifyWaiting(WaitingNotifications.Pending pending) {
        notify(pending.rule, pending.eventId, pending.at, pending.values);
    }

    /** Clients do not log in: they are written to, at the address and in the language they gave the firm. */
    private void toClient(String recipient, Rule rule, String template, String eventId, String subject, Map<String, String> values) {
        if (!rule.channels().contains(EMAIL)) {
            return;
        }
        Optional<ClientDirectory.ClientContact> contact = clients.contact(recipient.substring(CLIENT.length()));
        Map<String, String> addressed = new HashMap<>(values);
        contact.map(ClientDirectory.ClientContact::name).ifPresent(name -> addressed.put("client", name));
        String language = contact.map(ClientDirectory.ClientContact::language).orElse(Language.ZH).name().toLowerCase(Locale.ROOT);
        email.send(eventId, recipient, contact.map(ClientDirectory.ClientContact::email).orElse(null), language, template,
                subject, addressed);
    }

    private void toStaff(String login, Rule rule, String template, String eventId, Instant at, String subject,
                         Map<String, String> values) {
        for (String channel : preferences.channels(login, template, rule.channels())) {
            if (INBOX.equals(channel)) {
                inbox.deliver(eventId, at, login, template, subject, values);
            } else if (EMAIL.equals(channel)) {
                Optional<Preferences.Preference> preference = preferences.of(login);
                email.send(eventId, login, preference.map(Preferences.Preference::email).orElse(null),
                        preference.map(Preferences.Preference::language).orElse("zh"), template, subject, values);
            }
        }
    }

    private static Set<String> recipients(Rule rule, Map<String, String> values, Optional<Facts.Matter> matter,
                                          Optional<Facts.Inquiry> inquiry) {
        Set<String> recipients = new LinkedHashSet<>();
        for (String to : rule.to()) {
            if (to.startsWith(ROLE)) {
                recipients.add(to);
                continue;
            }
            switch (to) {
                case "inquiry.owner" -> inquiry.map(i -> i.owner).ifPresent(recipients::add);
                case "matter.lead" -> matter.map(m -> m.lead).ifPresent(recipients::add);
                case "matter.team" -> matter.ifPresent(m -> recipients.addAll(m.team.values()));
                case "matter.client" -> matter.map(m -> m.clientId).map(id -> CLIENT + id).ifPresent(recipients::add);
                default -> {
                    String login = values.get(to);
                    if (login != null && !login.isBlank()) {
                        recipients.add(login);
                    }
                }
            }
        }
        return recipients;
    }

    /**
     * What the notification is about, for the inbox's and the log's filters, and for an erasure to find what it says
     * of the person erased (a potential conflict's subject: the client, or the prospect's inquiry).
     */
    private static String subject(Map<String, String> values) {
        for (String key : List.of("matterId", "inquiryId", "checkId", "invoiceId", "subjectId")) {
            if (values.get(key) != null) {
                return values.get(key);
            }
        }
        return null;
    }

    private static boolean holds(String value) {
        return value != null && !value.isBlank() && !value.equals("false") && !value.equals("0");
    }

    private static void putIfKnown(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.putIfAbsent(key, value);
        }
    }

    static String trigger(Rule rule) {
        return rule.event() != null ? "event:" + rule.event() : "reminder:" + rule.reminder();
    }
}
