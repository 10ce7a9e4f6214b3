package com.lawfirm.kit.security;

/**
 * The firm's roles, as they appear in the token's {@code roles} claim. Endpoints name them in
 * {@code @PreAuthorize("hasAnyRole(...)")}; AUDITOR reads everything and changes nothing.
 */
public final class Roles {

    public static final String INTAKE = "INTAKE";
    public static final String LAWYER = "LAWYER";
    public static final String PARTNER = "PARTNER";
    public static final String CONFLICTS_ANALYST = "CONFLICTS_ANALYST";
    public static final String BILLING = "BILLING";
    public static final String ARCHIVIST = "ARCHIVIST";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
