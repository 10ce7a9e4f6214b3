package com.lawfirm.launcher;

import com.lawfirm.embedded.DevTokenIssuer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The development issuer over HTTP (loopback unless told otherwise): {@code GET /token?user=li.na&roles=LAWYER,PARTNER} answers a
 * signed JWT, {@code GET /.well-known/jwks.json} the public key for services and tools that fetch keys.
 */
final class DevTokenServer implements AutoCloseable {

    private final HttpServer server;

    DevTokenServer(DevTokenIssuer issuer, String host, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("the token port " + port + " is taken; choose another with --token-port", e);
        }
        server.createContext("/token", exchange -> {
            Map<String, String> query = query(exchange);
            String user = query.getOrDefault("user", "dev");
            List<String> roles = Arrays.stream(query.getOrDefault("roles", "ADMIN").split(","))
                    .map(String::strip).filter(r -> !r.isEmpty()).toList();
            respond(exchange, "text/plain", issuer.token(user, roles));
        });
        server.createContext("/.well-known/jwks.json", exchange -> respond(exchange, "application/json", issuer.jwks()));
        server.start();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
