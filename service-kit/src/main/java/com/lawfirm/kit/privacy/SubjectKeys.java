package com.lawfirm.kit.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data subjects' keys (one AES-256 key per subject), each stored encrypted under the master key. Destroying a
 * subject's key is the erasure: what was encrypted with it can no longer be read anywhere, from the event store,
 * Kafka, a backup or an export. An erased subject stays erased: no new key is ever made for it.
 */
public class SubjectKeys implements AutoCloseable {

    private sealed interface State permits Live, Erased {
    }

    private record Live(SecretKey key) implements State {
    }

    private record Erased() implements State {
    }

    private record Cached(State state, Instant until) {
    }

    /** A row whose key only this master key opens: a store is never used with another one. */
    private static final String MASTER_CHECK = "$master-key-check";
    /** Past this many, live keys are forgotten (erased marks stay): memory stays bounded on a large firm. */
    private static final int MAX_CACHED = 100_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MasterKey master;
    private final Duration ttl;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final AutoCloseable ownPool;

    SubjectKeys(JdbcTemplate jdbc, TransactionTemplate transactions, MasterKey master, Duration ttl, AutoCloseable ownPool) {
        this.jdbc = jdbc;
        this.ownPool = ownPool;
        // a key is made in a transaction of its own: a command rolled back never takes back a key already used
        this.transactions = new TransactionTemplate(transactions.getTransactionManager());
        this.transactions.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.master = master;
        this.ttl = ttl;
    }

    /**
     * Creates the store where it is missing. It is shared by every service, which may all start at once, so the
     * creation is serialised by an advisory lock rather than left to a migration tool of one of them.
     */
    void createStore() {
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('lawfirm.subject_key'))::text", String.class);
            jdbc.execute("""
                    CREATE TABLE IF NOT EXISTS subject_key (
                        subject_id    text PRIMARY KEY,
                        wrapped_key   bytea,
                        master_key_id text NOT NULL,
                        created_at    timestamptz NOT NULL DEFAULT now(),
                        erased_at     timestamptz,
                        CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL)))""");
            jdbc.update("INSERT INTO subject_key (subject_id, wrapped_key, master_key_id) VALUES (?, ?, ?)"
                    + " ON CONFLICT (subject_id) DO NOTHING", MASTER_CHECK, Aes.encrypt(master.key(), MASTER_CHECK, Aes.newKey()),
                    master.id());
        });
        // fails here, at start, when this service was given another master key than the store's
        cache.remove(MASTER_CHECK);
        load(MASTER_CHECK);
        cache.remove(MASTER_CHECK);
    }

    /** The key to encrypt the subject's data with, made on first use; empty once the subject is erased. */
    Optional<SecretKey> forWriting(String subject) {
        State state = cached(subject);
        if (state == null) {
            byte[] raw = Aes.newKey();
            Integer made = transactions.execute(status -> jdbc.update(
                    "INSERT INTO subject_key (subject_id, wrapped_key, master_key_id) VALUES (?, ?, ?)"
                            + " ON CONFLICT (subject_id) DO NOTHING", subject, Aes.encrypt(master.key(), subject, raw),
                    master.id()));
            // the key just made is the subject's; otherwise another made one (or erased the subject) first
            state = Integer.valueOf(1).equals(made) ? remember(subject, new Live(new SecretKeySpec(raw, "AES")))
                    : load(subject);
        }
        return state instanceof Live live ? Optional.of(live.key()) : Optional.empty();
    }

    /** The key to decrypt the subject's data with; empty when it was destroyed. */
    Optional<SecretKey> forReading(String subject) {
        State state = cached(subject);
        if (state == null) {
            state = load(subject);
        }
        return state instanceof Live live ? Optional.of(live.key()) : Optional.empty();
    }

    /** Destroys the subjects' keys, now and for good; true for each subject whose key existed until now. */
    public List<String> destroy(Collection<String> subjects) {
        List<String> destroyed = subjects.stream().distinct().filter(subject -> {
            int updated = jdbc.update("UPDATE subject_key SET wrapped_key = NULL, erased_at = now()"
                    + " WHERE subject_id = ? AND wrapped_key IS NOT NULL", subject);
            // no key yet: record the erasure anyway, so none is made later
            jdbc.update("INSERT INTO subject_key (subject_id, wrapped_key, master_key_id, erased_at) VALUES (?, NULL, ?, now())"
                    + " ON CONFLICT (subject_id) DO NOTHING", subject, master.id());
            return updated == 1;
        }).toList();
        forget(subjects);
        return destroyed;
    }

    /** When the subject's key was destroyed, if it was. */
    public Optional<Instant> erasedAt(String subject) {
        return jdbc.query("SELECT erased_at FROM subject_key WHERE subject_id = ? AND erased_at IS NOT NULL",
                (rs, row) -> rs.getTimestamp(1).toInstant(), subject).stream().findFirst();
    }

    /**
     * The subjects are erased, as this service just learnt: it never uses their keys again, even one it is loading at
     * this moment (an erasure is final, so the mark never expires).
     */
    public void forget(Collection<String> subjects) {
        subjects.forEach(subject -> cache.put(subject, new Cached(new Erased(), Instant.MAX)));
    }

    private State cached(String subject) {
        Cached cached = cache.get(subject);
        return cached == null || cached.until().isBefore(clock.instant()) ? null : cached.state();
    }

    private State load(String subject) {
        return remember(subject, loaded(subject));
    }

    private State remember(String subject, State state) {
        if (cache.size() >= MAX_CACHED) {
            cache.values().removeIf(cached -> cached.state() instanceof Live);
        }
        // a mark of erasure set meanwhile wins over what was just read
        return cache.compute(subject, (key, before) -> before != null && before.state() instanceof Erased ? before
                : new Cached(state, clock.instant().plus(ttl))).state();
    }

    private State loaded(String subject) {
        return jdbc.query("SELECT wrapped_key, master_key_id FROM subject_key WHERE subject_id = ?",
                (rs, row) -> unwrap(subject, rs.getBytes(1), rs.getString(2)), subject).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no key of data subject " + subject + " in the key store:"
                        + " every service must use the same one (lawfirm.privacy.key-store.url)"));
    }

    private State unwrap(String subject, byte[] wrapped, String masterKeyId) {
        if (wrapped == null) {
            return new Erased();
        }
        if (!master.id().equals(masterKeyId)) {
            throw new IllegalStateException("the key of data subject " + subject + " was made under master key "
                    + masterKeyId + ", this service has " + master.id() + ": check lawfirm.privacy.master-key");
        }
        try {
            return new Live(new SecretKeySpec(Aes.decrypt(master.key(), subject, wrapped), "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of data subject " + subject + " does not decrypt", e);
        }
    }

    /** Closes the key store's own connection pool, when it has one (not the service's database). */
    @Override
    public void close() throws Exception {
        if (ownPool != null) {
            ownPool.close();
        }
    }
}
