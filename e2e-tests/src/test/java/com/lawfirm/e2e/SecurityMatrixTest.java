package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of every service, as its own OpenAPI document lists it: each declares the roles it needs; without a
 * token it is 401; with only other roles it is 403, whatever the body; with its roles it is neither, nor a 500. An
 * auditor reads everything and changes nothing: every command answers an auditor 403.
 */
class SecurityMatrixTest {

    private static final List<String> ROLES = List.of("INTAKE", "LAWYER", "PARTNER", "CONFLICTS_ANALYST", "BILLING",
            "ARCHIVIST", "AUDITOR", "ADMIN");
    /**
     * Calls other than GET that an auditor may make: a search sent as a body (it records nothing), and their own inbox
     * and notification settings. Never a change to the firm's records.
     */
    private static final Set<String> AUDITORS_OWN = Set.of("conflict POST /api/conflict-searches",
            "notification POST /api/inbox/{id}/read", "notification PUT /api/preferences/{recipientId}");
    /** Allowed calls that would disturb the other tests sharing the suite. */
    private static final Set<String> NOT_CALLED_WITH_ITS_ROLES = Set.of("conflict POST /api/index/rebuild");

    private final Suite suite = Suite.get();

    @Test
    void everyEndpointRefusesStrangersAndOtherRolesAndAdmitsItsOwn() {
        List<String> failures = new ArrayList<>();
        List<ApiOperation> operations = ApiOperation.all(suite);
        operations.forEach(operation -> check(operation.service(), operation.method(), operation.path(), operation.spec(),
                failures));
        assertThat(failures).isEmpty();
        assertThat(operations).hasSizeGreaterThan(100);
    }

    private void check(String service, String method, String path, JsonNode operation, List<String> failures) {
        String name = service + " " + method + " " + path;
        JsonNode declared = operation.path("x-required-roles");
        if (!declared.isArray() || declared.isEmpty()) {
            failures.add(name + ": declares no roles");
            return;
        }
        List<String> roles = new ArrayList<>();
        declared.forEach(r -> roles.add(r.asText()));
        String url = suite.url(service) + path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        // the media type the operation reads, so that content negotiation does not answer before security does
        Iterator<String> accepted = operation.path("requestBody").path("content").fieldNames();
        String type = accepted.hasNext() ? accepted.next() : "application/json";

        int anonymous = Http.call(method, url, null, type, body).status();
        if (anonymous != 401) {
            failures.add(name + ": without a token " + anonymous);
        }
        List<String> others = ROLES.stream().filter(r -> !roles.contains(r)).toList();
        if (!others.isEmpty()) {
            int stranger = Http.call(method, url, TestStack.get().token("matrix", others.toArray(String[]::new)), type, body).status();
            if (stranger != 403) {
                failures.add(name + ": with roles " + others + " " + stranger);
            }
        }
        if (!method.equals("GET") && !AUDITORS_OWN.contains(name)) {
            if (roles.contains("AUDITOR")) {
                failures.add(name + ": an auditor may change it");
            }
            int auditor = Http.call(method, url, TestStack.get().token("matrix-auditor", "AUDITOR"), type, body).status();
            if (auditor != 403) {
                failures.add(name + ": an auditor's command answered " + auditor);
            }
        }
        if (!NOT_CALLED_WITH_ITS_ROLES.contains(name)) {
            int allowed = Http.call(method, url, TestStack.get().token("matrix", roles.toArray(String[]::new)), type, body).status();
            if (allowed == 401 || allowed == 403 || allowed >= 500) {
                failures.add(name + ": with its roles " + roles + " " + allowed);
            }
        }
    }
}
