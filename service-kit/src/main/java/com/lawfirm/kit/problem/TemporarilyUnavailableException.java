package com.lawfirm.kit.problem;

/** The service cannot answer correctly yet (e.g. an index still catching up): answered 503 with Retry-After. */
public class TemporarilyUnavailableException extends RuntimeException {

    private final int retryAfterSeconds;

    public TemporarilyUnavailableException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
