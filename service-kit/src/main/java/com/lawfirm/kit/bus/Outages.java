package com.lawfirm.kit.bus;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Tells a store that is away (the database restarting, its connections gone) from an event that cannot be handled.
 * An outage is waited out however long it lasts; only a failure of the event itself counts towards parking it.
 */
final class Outages {

    private Outages() {
    }

    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t.getClass().getName().startsWith("com.mongodb.MongoSocket")
                    || t.getClass().getName().equals("com.mongodb.MongoTimeoutException")) {
                return true;
            }
        }
        return false;
    }
}
