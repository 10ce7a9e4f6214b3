package com.lawfirm.kit.bus;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a store that is away (the database restarting, its connections gone) from an event that cannot be handled.
 * Only failures to reach the store count — no connection to be had, or the server's own word that the connection is
 * lost or the server is shutting down (SQLSTATE class 08, 57P0x, 53300) — so an event that fails on its own (a lock,
 * a constraint, a value too large) still counts towards parking it. An outage is waited out however long it lasts.
 */
final class Outages {

    private Outages() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t.getClass().getName().startsWith("com.mongodb.MongoSocket")
                    || t.getClass().getName().equals("com.mongodb.MongoTimeoutException")) {
                return true;
            }
            // a connection cut mid-transaction: the rollback fails too and hides the handler's own failure
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && isOutage(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")) {
                    return true;
                }
            }
        }
        return false;
    }
}
