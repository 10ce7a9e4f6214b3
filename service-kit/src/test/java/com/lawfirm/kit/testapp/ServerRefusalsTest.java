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

/** Requests the server refuses before any service code reads them are answered as problem+json, as every error is. */
@SpringBootTest(classes = KitTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lawfirm.service.name=kitrefusals", "spring.flyway.locations=classpath:db/kit,classpath:db/kittest"})
@DirtiesContext
class ServerRefusalsTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "kit_refusals");
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String writer = TestStack.get().bearer("li.na", "WRITER");

    @Test
    void aHeaderOverTheLimitIs400ProblemJson() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/api/notes"))
                .header("Authorization", writer).header("X-Padding", "a".repeat(20_000)));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":400").contains("problems/http-400").doesNotContain("<html");
    }

    @Test
    void aPathThatIsNoTextIs400ProblemJson() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/api/notes/%FF%FE")).header("Authorization", writer));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"status\":400").doesNotContain("<html");
    }

    @Test
    void anErrorTheServiceAnswersItselfKeepsItsOwnProblem() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(url("/api/notes/no-such-note")).header("Authorization", writer));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("problems/not-found");
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
