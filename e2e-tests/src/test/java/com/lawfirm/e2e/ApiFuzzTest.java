package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile bodies to every command of every service, as its OpenAPI document lists it, sent with the roles the command
 * needs: malformed JSON, invalid UTF-8, JSON nested far too deep, huge strings, wrong types and injection strings in
 * every field. Malformed bodies are refused with a 4xx (so nothing is written); hostile values in well-formed bodies
 * are refused or taken as the plain text they are — never a 5xx.
 */
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> HOSTILE_VALUES = List.of("'; DROP TABLE domain_event_entry; --",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../../../etc/passwd", "\u0000\u202e\uFEFF",
            "%s%n%x", "１２３", "-1");

    private final Suite suite = Suite.get();

    @Test
    void noHostileBodyGetsAServerError() throws Exception {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (ApiOperation operation : ApiOperation.all(suite)) {
            if (operation.method().equals("GET") || operation.path().equals("/api/index/rebuild")) {
                continue;
            }
            String token = TestStack.get().token("fuzz", operation.roles().toArray(String[]::new));
            String url = suite.url(operation.service())
                    + operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Iterator<String> types = operation.spec().path("requestBody").path("content").fieldNames();
            String type = types.hasNext() ? types.next() : "application/json";
            // a command that reads no body ignores what is sent; it must still not fail
            boolean readsBody = operation.spec().has("requestBody");
            for (Body body : bodies(fields(operation.api(), operation.spec()))) {
                requests++;
                int status = send(operation.method(), url, token, type, body.content());
                if (status >= 500 || readsBody && body.malformed() && status < 400) {
                    failures.add(operation.name() + " answered " + status + " to "
                            + abbreviate(new String(body.content(), StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(1000);
    }

    /**
     * Hostile values in every query and path parameter of every read: wrong types and forms (for numbers, dates,
     * enums), overflowing numbers, huge strings, NUL and injection strings. Refused with a 4xx or taken as the plain
     * text they are — never a 5xx.
     */
    @Test
    void noHostileQueryGetsAServerError() throws Exception {
        List<String> values = new ArrayList<>(HOSTILE_VALUES);
        values.addAll(List.of("abc", "99999999999999999999", "2026-13-45", "2026-11-30T25:61:00Z", "NaN", "",
                // as long as a request line may be (8 KB by default): longer, the server refuses it before the service
                "界".repeat(600), "a".repeat(6_000)));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (ApiOperation read : ApiOperation.all(suite)) {
            if (!read.method().equals("GET")) {
                continue;
            }
            String token = TestStack.get().token("fuzz", read.roles().toArray(String[]::new));
            for (JsonNode parameter : read.spec().path("parameters")) {
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                if (!in.equals("query") && !in.equals("path")) {
                    continue;
                }
                // the other required parameters well-formed, so that the hostile one is the one read
                String others = otherRequired(read.spec(), name);
                for (String value : values) {
                    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                    String target = in.equals("path")
                            ? read.path().replace("{" + name + "}", encoded.isEmpty() ? "x" : encoded) + others
                            : read.path() + others + (others.isEmpty() ? "?" : "&") + name + "=" + encoded;
                    String url = suite.url(read.service()) + target.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    requests++;
                    int status = send("GET", url, token);
                    if (status >= 500) {
                        failures.add(read.name() + " answered " + status + " to " + name + "=" + abbreviate(value));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(500);
    }

    /** The operation's required query parameters other than {@code except}, each with a well-formed value. */
    private static String otherRequired(JsonNode operation, String except) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if (name.equals(except) || !parameter.path("in").asText().equals("query")
                    || !parameter.path("required").asBoolean()) {
                continue;
            }
            JsonNode schema = parameter.path("schema");
            String value = schema.has("enum") ? schema.path("enum").get(0).asText()
                    : switch (schema.path("format").asText()) {
                        case "date" -> "2026-01-01";
                        case "date-time" -> "2026-01-01T00:00:00Z";
                        default -> schema.path("type").asText().equals("integer") ? "1" : "x";
                    };
            pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** The request body's top-level fields, from its schema (following a $ref into the components). */
    private static List<String> fields(JsonNode api, JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        JsonNode schema = content.isEmpty() ? JSON.missingNode() : content.elements().next().path("schema");
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            schema = api.path("components").path("schemas").path(name);
        }
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    /** A body to send, and whether it is malformed (so must be refused). */
    private record Body(byte[] content, boolean malformed) {

        static Body of(String text, boolean malformed) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), malformed);
        }
    }

    private static List<Body> bodies(List<String> fields) {
        List<Body> bodies = new ArrayList<>();
        for (String text : List.of("{", "{\"a\":", "[1,2", "nul", "[" + "[".repeat(5000) + "]".repeat(5000) + "]",
                "{\"x\":" + "{\"x\":".repeat(3000) + "1" + "}".repeat(3000) + "}")) {
            bodies.add(Body.of(text, true));
        }
        // invalid UTF-8: a lone continuation byte and an overlong encoding inside a string
        bodies.add(new Body(new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0x80, (byte) 0xC0, (byte) 0xAF,
                '"', '}'}, true));
        bodies.add(Body.of("\"just a string\"", false));
        bodies.add(Body.of("12345", false));
        for (String field : fields) {
            bodies.add(Body.of(object(field, JSON.getNodeFactory().arrayNode().add(JSON.getNodeFactory().objectNode())), false));
            bodies.add(Body.of(object(field, JSON.getNodeFactory().numberNode(1e308)), false));
            HOSTILE_VALUES.forEach(v -> bodies.add(Body.of(object(field, JSON.getNodeFactory().textNode(v)), false)));
        }
        if (!fields.isEmpty()) {
            bodies.add(Body.of(object(fields.get(0), JSON.getNodeFactory().textNode("界".repeat(400_000))), false));
        }
        return bodies;
    }

    private static String object(String field, JsonNode value) {
        ObjectNode body = JSON.createObjectNode();
        body.set(field, value);
        return body.toString();
    }

    private static int send(String method, String url, String token, String type, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int send(String method, String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String abbreviate(String body) {
        return body.length() > 80 ? body.substring(0, 80) + "…" : body;
    }
}
