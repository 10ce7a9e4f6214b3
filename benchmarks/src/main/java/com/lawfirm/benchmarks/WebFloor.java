package com.lawfirm.benchmarks;

import java.util.UUID;

/**
 * Requests that cross the whole web stack but reach no command: a client looked up that does not exist (Tomcat,
 * Spring Security with the bearer token, Spring MVC, the problem written back; 404) and a registration refused by
 * validation (the same, with the body read and validated; 400). Their cost per request is the floor any command sent
 * over HTTP pays before its own work.
 */
final class WebFloor {

    private final PlainHttp http;
    private final String unknownClient;
    private final String clients;

    WebFloor(PlainHttp http, String clientsPath) {
        this.http = http;
        this.unknownClient = clientsPath + "/" + UUID.randomUUID();
        this.clients = clientsPath;
    }

    boolean lookUpUnknownClient() {
        return http.get(unknownClient) == 404;
    }

    boolean registerRefused() {
        return http.post(clients, "{\"kind\":\"ORGANIZATION\",\"name\":\"\"}") == 400;
    }
}
