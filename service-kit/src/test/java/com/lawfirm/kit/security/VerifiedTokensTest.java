package com.lawfirm.kit.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private Instant now = Instant.parse("2026-11-29T09:00:00Z");
    private final List<String> verifications = new ArrayList<>();
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final Instant expiry = now.plus(Duration.ofHours(1));

    /** Verifies a token "t-&lt;n&gt;" as expiring at {@link #expiry}, "open" with no expiry, and refuses past expiry. */
    private final VerifiedTokens tokens = new VerifiedTokens(token -> {
        verifications.add(token);
        if (!now.isBefore(expiry)) {
            throw new BadJwtException("expired");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("staff").issuedAt(now.minusSeconds(1));
        return (token.equals("open") ? jwt : jwt.expiresAt(expiry)).build();
    }, clock);

    @Test
    void aTokenIsVerifiedOnceAndRememberedForAWhile() {
        assertThat(tokens.decode("t-1").getSubject()).isEqualTo("staff");
        tokens.decode("t-1");
        tokens.decode("t-2");
        assertThat(verifications).containsExactly("t-1", "t-2");

        now = now.plus(VerifiedTokens.REMEMBERED).plusSeconds(1);
        tokens.decode("t-1");
        assertThat(verifications).containsExactly("t-1", "t-2", "t-1");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefused() {
        tokens.decode("t-1");
        now = expiry;
        assertThatThrownBy(() -> tokens.decode("t-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("t-1", "t-1");
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedEveryTime() {
        tokens.decode("open");
        tokens.decode("open");
        assertThat(verifications).containsExactly("open", "open");
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        now = expiry;
        assertThatThrownBy(() -> tokens.decode("t-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("t-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("t-1", "t-1");
    }
}
