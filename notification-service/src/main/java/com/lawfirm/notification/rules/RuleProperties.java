package com.lawfirm.notification.rules;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The notification rules, per firm in notification-service.yml: which event (or which reminder) notifies whom,
 * through which channels, with which template.
 */
@ConfigurationProperties("lawfirm.notification")
public record RuleProperties(Map<String, Rule> rules, @DefaultValue Waiting waiting) {

    /**
     * Notifications waiting for a fact (see {@link WaitingNotifications}).
     *
     * @param recheckEvery  how often recent ones are looked at again, in case their fact arrived as they were deferred
     * @param recheckWithin how recent: longer than any consumer's batch takes to commit
     */
    public record Waiting(@DefaultValue("PT5S") Duration recheckEvery, @DefaultValue("PT10M") Duration recheckWithin) {
    }

    /**
     * One rule, named by its key.
     *
     * @param event    the event's simple name ({@code KeyEventRecorded}) the rule fires on
     * @param reminder or the reminder whose coming due it fires on ({@code invoice-overdue}); with no rule naming
     *                 it, a reminder is still scheduled and cancelled but tells no one
     * @param when     a value that must be present and not empty, {@code false} or {@code 0} ({@code hits.count})
     * @param to       recipients: {@code role:X}; {@code inquiry.owner}; {@code matter.lead}, {@code matter.team},
     *                 {@code matter.client}; or the name of a value holding a login ({@code login})
     * @param channels INBOX and/or EMAIL; each recipient gets those it can be reached on, or its preferred ones
     * @param template the template key; the rule's name when not given
     */
    public record Rule(String event, String reminder, String when, List<String> to, List<String> channels, String template) {

        public Rule {
            to = to == null ? List.of() : List.copyOf(to);
            channels = channels == null || channels.isEmpty() ? List.of(Notifier.INBOX) : List.copyOf(channels);
        }

        String templateOr(String name) {
            return template == null || template.isBlank() ? name : template;
        }
    }

    public RuleProperties {
        rules = rules == null ? Map.of() : Map.copyOf(rules);
    }
}
