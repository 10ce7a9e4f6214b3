package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.ProspectPersonalDataErased;
import com.lawfirm.intake.IntakeProperties;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.problem.TemporarilyUnavailableException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A prospect is erased only if it never signed the engagement drafted from its inquiry, and that engagement is signed
 * only if the prospect was not erased: once signed, the prospect is the client of a matter whose records are kept, and
 * an erasure would destroy the key they are sealed with. The inquiry and the engagement are two aggregates, so each
 * side takes one lock per inquiry (a PostgreSQL advisory lock, held to the end of its transaction), reads the other's
 * history, and records its own events in that transaction: whichever comes second sees the first, on any instance.
 */
@Component
public class ProspectErasureGuard {

    /** The advisory locks' first key: the prospects' (the second is the inquiry's hash). */
    private static final int PROSPECTS = 0x50524f53;
    /** PostgreSQL's state for a lock not obtained within {@code lock_timeout}. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final EventStore events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration lockWait;

    ProspectErasureGuard(EventStore events, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                         IntakeProperties properties) {
        this.events = events;
        this.jdbc = jdbc;
        this.lockWait = properties.prospectLockWait();
        if (lockWait.toMillis() < 1 || lockWait.toMillis() > Integer.MAX_VALUE) {
            // PostgreSQL's lock_timeout is an int of milliseconds
            throw new IllegalArgumentException("lawfirm.intake.prospect-lock-wait must be from 1 ms to 24 days: "
                    + lockWait);
        }
        this.transaction = new TransactionTemplate(transactions);
        // each side reads the other's history after the lock: a snapshot taken before it would miss the other's commit
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    /** Erases the prospect ({@code erasure} sends the command) unless the engagement was signed: 409 then. */
    <T> T erasing(String inquiryId, Supplier<T> erasure) {
        return transaction.execute(status -> {
            lock(inquiryId);
            refuseIfSigned(inquiryId);
            return erasure.get();
        });
    }

    /**
     * Signs the engagement drafted from the inquiry ({@code signature} sends the command), unless the prospect was
     * erased: 409 then.
     */
    public void signing(String inquiryId, Runnable signature) {
        transaction.executeWithoutResult(status -> {
            lock(inquiryId);
            if (events.readEvents(inquiryId).asStream()
                    .anyMatch(event -> ProspectPersonalDataErased.class.equals(event.getPayloadType()))) {
                throw new RuleViolationException("prospect-erased", "the prospect's personal data was erased: the"
                        + " engagement drafted from its inquiry is no longer signed");
            }
            signature.run();
        });
    }

    /**
     * The prospect who signed an engagement is the client of a matter: its records are the matter's, kept and held
     * with the client's. Read from the engagement's own history, not a read model that may lag.
     */
    void refuseIfSigned(String inquiryId) {
        if (events.readEvents(AcceptedProposals.engagementIdOf(inquiryId)).asStream()
                .anyMatch(event -> EngagementSigned.class.equals(event.getPayloadType()))) {
            throw new RuleViolationException("engagement-signed",
                    "the prospect signed an engagement and is the client of a matter; its records are the matter's");
        }
    }

    /**
     * The lock is held only for the other side's transaction (its reads and one or two commands), so the wait is short;
     * should that side be stuck, the request is answered 503 within the bound instead of waiting until the driver's
     * socket timeout. The bound is the lock's alone: the commands' own statements keep the setting the connection had.
     */
    private void lock(String inquiryId) {
        String before = jdbc.queryForObject("SELECT current_setting('lock_timeout')", String.class);
        jdbc.execute("SET LOCAL lock_timeout = " + lockWait.toMillis());
        try {
            jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", (ResultSetExtractor<Void>) rows -> null,
                    PROSPECTS, inquiryId);
        } catch (DataAccessException failed) {
            if (failed.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                throw new TemporarilyUnavailableException("the prospect's records are being changed by another request;"
                        + " try again shortly", 5);
            }
            throw failed;
        }
        jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class, before);
    }
}
