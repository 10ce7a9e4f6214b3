package com.lawfirm.kit.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * What every refusal looks like (RFC 9457), wherever it is written: the web layer's handler, the security chain, a
 * filter before either. One place for the type's address, so every answer names its problem the same way.
 */
public final class Problems {

    static final String TYPE_BASE = "https://lawfirm.example/problems/";
    /** All a caller is told of a fault of ours: that it happened, never its internals. */
    public static final String INTERNAL_DETAIL = "The request could not be completed; it has been logged.";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /**
     * A problem for a bare status code, as the server's own error pages answer one: a fault of ours as an internal
     * error, any other code by its reason phrase and the given detail (the reason phrase again when none is given).
     */
    public static ProblemDetail forStatus(int status, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = status >= 500 ? "Internal error" : known != null ? known.getReasonPhrase() : "Error";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                status >= 500 ? INTERNAL_DETAIL : detail != null ? detail : title + ".");
        problem.setType(URI.create(TYPE_BASE + (status >= 500 ? "internal-error" : "http-" + status)));
        problem.setTitle(title);
        return problem;
    }
}
