package com.lawfirm.embedded;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The development token issuer of the embedded default and the tests: an RSA key of its own (kept in a file so
 * tokens stay valid across restarts) that signs JWTs for any user and roles. Never used in production, where a
 * firm's own OIDC provider issues tokens.
 */
public final class DevTokenIssuer {

    /**
     * An http URL, as real issuers have: resource servers turn the claim into a {@code java.net.URL}, and a scheme the
     * JDK has no handler for (urn:) makes it search every jar for one, on every request.
     */
    public static final String ISSUER = "http://dev-issuer.lawfirm.local";

    private final RSAKey key;

    private DevTokenIssuer(RSAKey key) {
        this.key = key;
    }

    /** A fresh key that lives only in memory. */
    public static DevTokenIssuer ephemeral() {
        return new DevTokenIssuer(generate());
    }

    /** The key kept in {@code keyFile}, created there on first use. */
    public static DevTokenIssuer persistent(Path keyFile) {
        try {
            if (Files.exists(keyFile)) {
                return new DevTokenIssuer(RSAKey.parse(Files.readString(keyFile)));
            }
            RSAKey key = generate();
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            Files.writeString(keyFile, key.toJSONString());
            return new DevTokenIssuer(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("the development key in " + keyFile + " is damaged; delete it", e);
        }
    }

    public String token(String user, List<String> roles) {
        return token(user, roles, Duration.ofHours(12));
    }

    public String token(String user, List<String> roles, Duration validity) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user)
                .claim("roles", roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
        return jwt.serialize();
    }

    /** The public key as a JWK Set document, as an OIDC provider publishes it. */
    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** The public key as PEM, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public String publicKeyPem() {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.toRSAPublicKey().getEncoded());
            return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the PEM public key to a file and returns its path. */
    public Path writePublicKey(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, publicKeyPem());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("lawfirm-dev-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a development key", e);
        }
    }
}
