package com.lawfirm.auditexport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The services' audit endpoints over HTTP, called with the auditor's own token. */
final class AuditApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int PAGE = 1000;

    private final Map<String, String> services;
    private final String token;
    private final ObjectMapper json;

    /** @param services each service's base URL by its name: intake, conflict, matter, billing, notification */
    AuditApi(Map<String, String> services, String token, ObjectMapper json) {
        this.services = Map.copyOf(services);
        this.token = token;
        this.json = json;
    }

    JsonNode matter(String matterId) {
        return get("matter", "/api/matters/" + encode(matterId));
    }

    JsonNode timeline(String matterId) {
        return get("matter", "/api/matters/" + encode(matterId) + "/timeline");
    }

    /** Every event of the aggregate, page after page, with who, when, correlation and causation. */
    JsonNode events(String service, String aggregateType, String aggregateId) {
        var all = json.createArrayNode();
        for (int page = 0; ; page++) {
            JsonNode history = get(service, "/api/audit/%s/%s/events?size=%d&page=%d".formatted(encode(aggregateType),
                    encode(aggregateId), PAGE, page));
            history.path("events").forEach(all::add);
            if (all.size() >= history.path("total").asLong()) {
                return all;
            }
        }
    }

    JsonNode verification(String service, String aggregateType, String aggregateId) {
        return get(service, "/api/audit/%s/%s/verify".formatted(encode(aggregateType), encode(aggregateId)));
    }

    /** What the firm sent out about the matter: e-mails and webhook calls with their attempts and outcomes. */
    JsonNode deliveries(String subjectId) {
        return get("notification", "/api/notifications?subjectId=" + encode(subjectId));
    }

    private JsonNode get(String service, String path) {
        String base = services.get(service);
        if (base == null) {
            throw new IllegalArgumentException("no URL for the " + service + " service");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + base + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + base + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
