package com.lawfirm.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the demo's bearer tokens come from, one per member of staff: the services take the acting person from the
 * token (who records time, who signs an undertaking, who is on a matter's team), so one administrator's token cannot
 * play the whole firm. On the command line they come from the launcher's development issuer; in tests from the test
 * stack's issuer.
 */
@FunctionalInterface
public interface Tokens {

    /** A signed token whose subject is {@code login}, carrying {@code roles}. */
    String token(String login, String... roles);

    /**
     * The launcher's development issuer: {@code GET <tokenUrl>?user=li.na&roles=LAWYER,PARTNER} answers the JWT as
     * plain text (see the launcher's DevTokenServer).
     */
    static Tokens devIssuer(String tokenUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return (login, roles) -> {
            String url = tokenUrl + "?user=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                    + "&roles=" + URLEncoder.encode(String.join(",", roles), StandardCharsets.UTF_8);
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200 || response.body().isBlank()) {
                    throw new IllegalStateException("the token issuer " + tokenUrl + " answered " + response.statusCode());
                }
                return response.body().strip();
            } catch (IOException e) {
                throw new IllegalStateException("no token issuer at " + tokenUrl + " (" + e.getMessage()
                        + "); start the suite with ./suite, or pass --token-url", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        };
    }

    /** Each login's token asked for once: a run makes thousands of calls as the same few dozen people. */
    static Tokens cached(Tokens tokens) {
        Map<String, String> cache = new ConcurrentHashMap<>();
        return (login, roles) -> cache.computeIfAbsent(login + "|" + String.join(",", roles),
                key -> tokens.token(login, roles));
    }
}
