package com.lawfirm.kit.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;

/**
 * Remembers the bearer tokens already verified, so a client sending the same token on every request pays for its
 * signature (an RSA verification, a fifth of a command's request-thread time) once, not each time. A token is
 * remembered for at most {@link #REMEMBERED} and never past its own expiry; one without an expiry is verified every
 * time. The cache key is the whole token, signature included: an altered token is a different key and is verified.
 * The cost of remembering: a token whose signing key is withdrawn from the key set stays accepted for up to
 * {@link #REMEMBERED}.
 */
final class VerifiedTokens implements JwtDecoder {

    static final Duration REMEMBERED = Duration.ofMinutes(5);

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(REMEMBERED)
                .ticker(() -> clock.millis() * 1_000_000).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.getExpiresAt())) {
            return known;
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Puts the cache in front of whichever decoder the resource server is configured with. */
    static BeanPostProcessor wrapping(Clock clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, clock) : bean;
            }
        };
    }
}
