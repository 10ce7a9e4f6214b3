package com.lawfirm.notification.preferences;

import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Recipients' wishes: notifications they opted out of, and quiet hours during which optional e-mail waits. Mandatory
 * notifications (configured, e.g. key events to the client) go out regardless.
 */
@Component
public class Preferences {

    static final String COLLECTION = "preferences";

    /**
     * What a recipient asked for: notifications opted out of; quiet hours in the firm's zone, from {@code quietFrom} to
     * {@code quietUntil}; the channels preferred over the rules' (INBOX, EMAIL), the address and language for e-mail.
     */
    public record Preference(String recipientId, List<String> optOut, LocalTime quietFrom, LocalTime quietUntil,
                             List<String> channels, String email, String language) {

        public Preference {
            optOut = optOut == null ? List.of() : List.copyOf(optOut);
            channels = channels == null ? List.of() : List.copyOf(channels);
        }

        static Preference none(String recipientId) {
            return new Preference(recipientId, List.of(), null, null, List.of(), null, null);
        }
    }

    /** The notifications no one may opt out of. */
    @ConfigurationProperties("lawfirm.notification")
    public record Mandatory(List<String> mandatory) {

        public Mandatory {
            mandatory = mandatory == null ? List.of() : List.copyOf(mandatory);
        }
    }

    private final ReadModelStore store;
    private final Mandatory mandatory;
    private final ZoneId zone;

    Preferences(ReadModelStore store, Mandatory mandatory, com.lawfirm.notification.ReminderProperties reminders) {
        this.store = store;
        this.mandatory = mandatory;
        this.zone = reminders.zone();
    }

    public Optional<Preference> of(String recipientId) {
        return store.get(COLLECTION, recipientId, Preference.class);
    }

    void save(Preference preference) {
        store.put(COLLECTION, preference.recipientId(), preference);
    }

    boolean isMandatory(String templateKey) {
        return mandatory.mandatory().contains(templateKey);
    }

    /**
     * The channels a notification reaches the recipient on: those they prefer, else the rule's; a mandatory one also
     * on the rule's, whatever they prefer.
     */
    public List<String> channels(String recipientId, String templateKey, List<String> ruleChannels) {
        List<String> preferred = of(recipientId).map(Preference::channels).orElse(List.of());
        if (preferred.isEmpty()) {
            return ruleChannels;
        }
        if (!isMandatory(templateKey)) {
            return preferred;
        }
        java.util.Set<String> both = new java.util.LinkedHashSet<>(ruleChannels);
        both.addAll(preferred);
        return List.copyOf(both);
    }

    /** Whether the recipient wants this notification at all. */
    public boolean wants(String recipientId, String templateKey) {
        return isMandatory(templateKey) || of(recipientId).map(p -> !p.optOut().contains(templateKey))
                .orElse(true);
    }

    /** When the notification may go out: now, or the end of the recipient's quiet hours for an optional one. */
    public Instant when(String recipientId, String templateKey, Instant now) {
        Optional<Preference> preference = of(recipientId);
        if (isMandatory(templateKey) || preference.isEmpty() || preference.get().quietFrom() == null
                || preference.get().quietUntil() == null) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime from = preference.get().quietFrom();
        LocalTime until = preference.get().quietUntil();
        LocalTime time = local.toLocalTime();
        boolean quiet = from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
        if (!quiet) {
            return now;
        }
        ZonedDateTime end = local.with(until);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
