package com.lawfirm.kit.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class BearerTokensTest {

    private final BearerTokenResolver standard = new DefaultBearerTokenResolver();
    private final BearerTokenResolver fast = new BearerTokens();

    @Test
    void findsWhatTheStandardResolverFindsAndRefusesWhatItRefuses() {
        List<String> headers = new ArrayList<>(List.of("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln", "bearer abc", "BEARER abc==",
                "Bearer abc=", "Bearer a=b", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc ", "Bearer abc\n",
                "Basic dXNlcjpwYXNz", "Bearerabc", "Bearer 张伟", "Bearer a-b._~+/c", "Bearer ===", "Bearer\tabc",
                "Bearer a,b", "bearer\u0130x"));
        Random random = new Random(11);
        String alphabet = "aZ09-._~+/= \t\n,;\"Bb张";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "bEaReR ");
            for (int i = random.nextInt(8); i > 0; i--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/clients");
            request.addHeader("Authorization", header);
            request.setContentType("application/json");
            assertThat(outcome(() -> fast.resolve(request))).as(header).isEqualTo(outcome(() -> standard.resolve(request)));
        }
    }

    @Test
    void aTokenInTheQueryOrAFormFindsWhatTheStandardResolverFinds() {
        MockHttpServletRequest query = new MockHttpServletRequest("GET", "/api/clients");
        query.addHeader("Authorization", "Bearer abc");
        query.setQueryString("access_token=def");
        query.addParameter("access_token", "def");
        assertThat(outcome(() -> fast.resolve(query))).isEqualTo(outcome(() -> standard.resolve(query)));

        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/api/clients");
        form.addHeader("Authorization", "Bearer abc");
        form.setContentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.addParameter("access_token", "def");
        assertThat(outcome(() -> fast.resolve(form))).isEqualTo(outcome(() -> standard.resolve(form)));
    }

    @Test
    void wellFormedIsTheSchemeOneSpaceTokenCharactersAndPadding() {
        assertThat(BearerTokens.wellFormed("Bearer abc==")).isTrue();
        assertThat(BearerTokens.wellFormed("Bearer ==")).isFalse();
        assertThat(BearerTokens.wellFormed("Bearer a=b")).isFalse();
        assertThat(BearerTokens.wellFormed("Bearer a b")).isFalse();
    }

    private static String outcome(Supplier<String> resolve) {
        try {
            return "token " + resolve.get();
        } catch (RuntimeException e) {
            return "refused " + e.getMessage();
        }
    }
}
