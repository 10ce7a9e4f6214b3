package com.lawfirm.kit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What anyone may call without logging in is rate limited per address; logged-in API calls are not. */
class OpenEndpointRateLimitTest {

    private final AtomicLong clock = new AtomicLong();
    private final OpenEndpointRateLimit limit = new OpenEndpointRateLimit(2, 3, new ObjectMapper(), clock::get);

    @Test
    void aBurstIsServedThenRefusedWith429UntilTheBucketRefills() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("/actuator/health", null, "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = call("/actuator/health", null, "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("rate-limited");
        assertThat(call("/v3/api-docs", null, "10.0.0.2").getStatus()).as("another address has its own bucket").isEqualTo(200);

        clock.addAndGet(500_000_000L); // half a second at 2 per second: one more
        assertThat(call("/actuator/health", null, "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call("/actuator/health", null, "10.0.0.1").getStatus()).isEqualTo(429);
    }

    @Test
    void requestsWithoutATokenCountAndLoggedInApiCallsDoNot() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("/api/matters", null, "10.0.0.3");
        }
        assertThat(call("/api/matters", null, "10.0.0.3").getStatus()).isEqualTo(429);
        for (int i = 0; i < 10; i++) {
            assertThat(call("/api/matters", "Bearer a.b.c", "10.0.0.3").getStatus()).isEqualTo(200);
        }
        assertThat(call("/api/matters", "Bearer nonsense", "10.0.0.3").getStatus())
                .as("a header that is no token counts as none").isEqualTo(429);
        assertThat(call("/actuator/prometheus", "Bearer a.b.c", "10.0.0.3").getStatus())
                .as("an open endpoint counts with a token too").isEqualTo(429);
    }

    private MockHttpServletResponse call(String path, String authorization, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
