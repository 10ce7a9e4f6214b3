package com.lawfirm.kit.bus;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** A store that is away is waited out; an event that fails on its own is not mistaken for one. */
class OutagesTest {

    @Test
    void aDatabaseThatIsAwayIsAnOutageHoweverDeepTheCause() {
        assertThat(Outages.isOutage(new CannotCreateTransactionException("Could not open JDBC Connection for transaction"))).isTrue();
        assertThat(Outages.isOutage(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(Outages.isOutage(new IllegalStateException("handler failed",
                new RuntimeException(new SQLTransientConnectionException("pool timed out"))))).isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("Connection refused", "08001",
                new ConnectException("Connection refused"))))).isTrue();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("terminating connection due to administrator command",
                "57P01")))).isTrue();
    }

    @Test
    void aRollbackThatFailsBecauseTheConnectionWentIsAnOutage() {
        TransactionSystemException cut = new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed."));
        cut.initApplicationException(new RuntimeException(new SQLException("An I/O error occurred", "08006")));
        assertThat(Outages.isOutage(cut)).isTrue();
        TransactionSystemException other = new TransactionSystemException("JDBC rollback failed",
                new SQLException("This connection has been closed."));
        other.initApplicationException(new IllegalStateException("this note cannot be handled"));
        assertThat(Outages.isOutage(other)).isFalse();
    }

    @Test
    void anEventThatCannotBeHandledIsNoOutage() {
        assertThat(Outages.isOutage(new IllegalStateException("this note cannot be handled"))).isFalse();
        assertThat(Outages.isOutage(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(Outages.isOutage(new NullPointerException())).isFalse();
        assertThat(Outages.isOutage(new RuntimeException(new ConnectException("an HTTP call in a handler")))).isFalse();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("could not serialize access", "40001")))).isFalse();
        assertThat(Outages.isOutage(new RuntimeException(new SQLException("index row size exceeds maximum", "54000")))).isFalse();
    }
}
