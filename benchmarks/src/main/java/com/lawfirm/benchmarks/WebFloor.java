package com.lawfirm.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Requests that cross the whole web stack but reach no command: a client looked up that does not exist (Tomcat,
 * Spring Security with the bearer token, Spring MVC, the problem written back; 404) and a registration refused by
 * validation (the same, with the body read and validated; 400). Their cost per request is the floor any command sent
 * over HTTP pays before its own work.
 */
final class WebFloor {

    private final HttpClient http;
    private final HttpRequest unknownClient;
    private final HttpRequest refusedRegistration;

    WebFloor(HttpClient http, String clientsUrl, String token) {
        this.http = http;
        this.unknownClient = HttpRequest.newBuilder(URI.create(clientsUrl + "/" + UUID.randomUUID()))
                .header("Authorization", token).GET().build();
        this.refusedRegistration = HttpRequest.newBuilder(URI.create(clientsUrl)).header("Authorization", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ORGANIZATION\",\"name\":\"\"}")).build();
    }

    boolean lookUpUnknownClient() {
        return status(unknownClient) == 404;
    }

    boolean registerRefused() {
        return status(refusedRegistration) == 400;
    }

    private int status(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }
}
