package com.lawfirm.kit.testapp;

import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the firm's reverse proxy every request arrives from the proxy: the limit on login-free requests counts the
 * address the proxy forwards (X-Forwarded-For), trusted only from an internal address, so one noisy caller does not
 * lock everyone out.
 */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lawfirm.service.name=kitproxy", "spring.flyway.locations=classpath:db/kit,classpath:db/kittest",
                "lawfirm.web.open-requests-per-second=0.01", "lawfirm.web.open-requests-burst=2"})
@DirtiesContext
class ForwardedAddressTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "kit_proxy");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void eachForwardedCallerHasItsOwnAllowance() throws Exception {
        assertThat(health("203.0.113.7")).isEqualTo(200);
        assertThat(health("203.0.113.7")).isEqualTo(200);
        assertThat(health("203.0.113.7")).isEqualTo(429);
        assertThat(health("198.51.100.23")).as("another caller behind the same proxy").isEqualTo(200);
    }

    private int health(String forwardedFor) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
