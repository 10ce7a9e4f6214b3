package com.lawfirm.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The services' HTTP APIs, called exactly as the end-to-end tests call them, with bounded waits for what arrives over
 * Kafka: a wait polls with short pauses (10 ms, doubling to 100 ms) until the answer is there or the deadline passes.
 */
final class Api {

    /** An answer: its status and JSON body (a JSON null when it had none). */
    record Reply(int status, JsonNode body) {

        @Override
        public String toString() {
            String text = body.toString();
            return status + " " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
        }
    }

    /** A step of the demo that did not go as the APIs promise; its message says which step and what was answered. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** Not yet: the record is not in this service's read model, or the person not yet on the team it learns of. */
    private static final Set<Integer> NOT_YET = Set.of(403, 404, 409, 503);
    private static final int SEND_ATTEMPTS = 5;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> services;
    private final Duration wait;

    /** @param services base URLs by service name: intake, conflict, matter, billing, notification */
    Api(Map<String, String> services, Duration wait) {
        this.services = Map.copyOf(services);
        this.wait = wait;
    }

    Reply get(String service, String path, String token) {
        return send(request(service, path, token).GET(), "GET " + service + path);
    }

    /** A POST with a JSON body, or with an empty one (approvals, undertakings, the archive) when {@code body} is null. */
    Reply post(String service, String path, String token, JsonNode body) {
        String content = body == null ? "" : body.toString();
        return send(request(service, path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)), "POST " + service + path);
    }

    /** The body of a reply that must have this status. */
    JsonNode expect(String what, Reply reply, int status) {
        if (reply.status() != status) {
            throw new Failure(what + ": expected " + status + ", answered " + reply);
        }
        return reply.body();
    }

    /**
     * Repeats a call until it answers {@code status}, while the answer means "not yet" (403, 404, 409, 503): what it
     * needs arrives over Kafka. Any other answer, or the deadline, fails the step.
     */
    JsonNode until(String what, int status, Supplier<Reply> call) {
        Reply[] last = new Reply[1];
        return await(what, () -> {
            Reply reply = call.get();
            last[0] = reply;
            if (reply.status() == status) {
                return reply.body();
            }
            if (!NOT_YET.contains(reply.status())) {
                throw new Failure(what + ": answered " + reply);
            }
            return null;
        }, () -> last[0] == null ? "" : "; last answer " + last[0]);
    }

    /** Polls {@code probe} until it gives something other than null, within the deadline. */
    <T> T await(String what, Supplier<T> probe) {
        return await(what, probe, () -> "");
    }

    private <T> T await(String what, Supplier<T> probe, Supplier<String> lastSeen) {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 10;
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new Failure("waited " + wait.toSeconds() + " s for " + what + lastSeen.get());
            }
            sleep(pause);
            pause = Math.min(100, pause * 2);
        }
    }

    private HttpRequest.Builder request(String service, String path, String token) {
        String base = services.get(service);
        if (base == null) {
            throw new IllegalArgumentException("no URL for the " + service + " service");
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /**
     * Sends, and sends again what could not have been done: a service busy (503), a change that met another on the same
     * record (409 concurrent-change, as the service asks), or a connection the service dropped under load.
     */
    private Reply send(HttpRequest.Builder builder, String what) {
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Reply reply = new Reply(response.statusCode(), parse(response.body()));
                boolean again = reply.status() == 503 || (reply.status() == 409
                        && reply.body().path("type").asText("").endsWith("concurrent-change"));
                if (!again || attempt == SEND_ATTEMPTS) {
                    return reply;
                }
            } catch (IOException e) {
                if (attempt == SEND_ATTEMPTS) {
                    throw new Failure(what + " failed: " + e + " (is the suite running? start it with ./suite)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(what + " interrupted");
            }
            sleep(100);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return NullNode.instance;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            return TextNode.valueOf(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }
}
