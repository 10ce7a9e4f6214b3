package com.lawfirm.notification.rules;

import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Notifications that need a fact the rules have not learnt yet (the inquiry a check is about, the matter's lead),
 * kept until it arrives. Whoever deletes a waiting notification sends it, so the fact's arrival and a recheck never
 * both do.
 */
@Component
public class WaitingNotifications {

    public static final String COLLECTION = "rule_pending";

    private final ReadModelStore store;
    private final Facts facts;
    private final TransactionTemplate transaction;

    WaitingNotifications(ReadModelStore store, Facts facts, PlatformTransactionManager transactions) {
        this.store = store;
        this.facts = facts;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Keeps the notification until the fact arrives; the same event waiting twice is kept once. */
    void defer(String waitingFor, String rule, String eventId, Instant at, Map<String, String> values) {
        Pending pending = new Pending();
        pending.waitingFor = waitingFor;
        pending.rule = rule;
        pending.eventId = eventId;
        pending.at = at;
        pending.values = new HashMap<>(values);
        pending.deferredMillis = System.currentTimeMillis();
        store.upsert(COLLECTION, pending.key(), 1, pending);
    }

    /** The fact ({@code inquiry:<id>}, {@code matter:<id>}, {@code lead:<matter id>}) is known: what waited goes out. */
    void release(String known, Consumer<Pending> send) {
        // each page is deleted as it goes out, so the first page is always the next
        List<Pending> waiting;
        do {
            waiting = store.find(COLLECTION, ReadModelQuery.all().eq("waitingFor", known).page(0, 100), Pending.class).items();
            waiting.forEach(pending -> sendOut(pending, send));
        } while (!waiting.isEmpty());
    }

    /**
     * Sends out what was deferred since the given time (every waiting notification when null) and whose fact is known
     * by now. A notification deferred outside the rules' consumer (a reminder firing) can miss the fact's arrival: the
     * consumer looks for what waits before the deferral commits, after the deferral read the facts and before the
     * consumer's own commit. So can one deferred by one of the consumer's threads while another learns the fact. Such
     * a race is short, so only recent deferrals are looked at again. Each goes out in a transaction of its own with
     * its deletion, so a failure to send leaves it waiting for the next look.
     */
    void recheck(Instant deferredSince, Consumer<Pending> send) {
        ReadModelQuery waiting = deferredSince == null ? ReadModelQuery.all()
                : ReadModelQuery.all().gt("deferredMillis", deferredSince.toEpochMilli());
        for (Pending pending : store.findAll(COLLECTION, waiting, Pending.class)) {
            if (isKnown(pending.waitingFor)) {
                transaction.executeWithoutResult(status -> sendOut(pending, send));
            }
        }
    }

    /** What waits for these inquiries or matters is about a person now erased: it will never go out. */
    public void forget(Collection<String> subjects) {
        for (String subject : subjects) {
            for (String fact : List.of("inquiry:", "matter:", "lead:")) {
                store.findAll(COLLECTION, ReadModelQuery.all().eq("waitingFor", fact + subject), Pending.class)
                        .forEach(pending -> store.delete(COLLECTION, pending.key()));
            }
        }
    }

    private void sendOut(Pending pending, Consumer<Pending> send) {
        if (store.delete(COLLECTION, pending.key())) {
            send.accept(pending);
        }
    }

    private boolean isKnown(String waitingFor) {
        String id = waitingFor.substring(waitingFor.indexOf(':') + 1);
        if (waitingFor.startsWith("inquiry:")) {
            return facts.inquiry(id).isPresent();
        }
        Optional<Facts.Matter> matter = facts.matter(id);
        return waitingFor.startsWith("matter:") ? matter.map(m -> m.matterNumber).isPresent()
                : waitingFor.startsWith("lead:") && matter.map(m -> m.lead).isPresent();
    }

    /** A notification waiting for the inquiry or matter it needs. */
    public static class Pending {
        public String waitingFor;
        public String rule;
        public String eventId;
        public Instant at;
        public Map<String, String> values;
        /** When it was deferred (epoch milliseconds), for {@link #recheck}. */
        public long deferredMillis;

        String key() {
            return waitingFor + ":" + eventId + ":" + rule;
        }
    }
}
