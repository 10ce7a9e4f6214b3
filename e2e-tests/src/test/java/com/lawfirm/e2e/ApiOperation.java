package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One operation of one service, as its OpenAPI document lists it, with the document it comes from: what the security
 * matrix and the fuzzer walk, every operation of every service.
 */
record ApiOperation(String service, String method, String path, JsonNode spec, JsonNode api) {

    static List<ApiOperation> all(Suite suite) {
        List<ApiOperation> operations = new ArrayList<>();
        for (String service : List.of("intake", "conflict", "matter", "billing", "notification")) {
            JsonNode api = Http.get(suite.url(service) + "/v3/api-docs", null).body();
            api.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                    operations.add(new ApiOperation(service, operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            operation.getValue(), api))));
        }
        return operations;
    }

    /** The roles it declares it needs. */
    List<String> roles() {
        List<String> roles = new ArrayList<>();
        spec.path("x-required-roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    /** As the failures name it: service, method and path. */
    String name() {
        return service + " " + method + " " + path;
    }
}
