package com.lawfirm.kit.privacy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Seals one JSON value under a data subject's key, and opens it again while the key exists. A sealed value reads
 * as {@code {"$personal":"AES-256-GCM","subject":"…","data":"…"}}; one written after the subject's erasure as
 * {@code {"$personal":"erased","subject":"…"}}.
 */
public class PersonalDataCipher {

    static final String MARK = "$personal";
    private static final String ALGORITHM = "AES-256-GCM";
    private static final String ERASED = "erased";

    private final SubjectKeys keys;
    private final ObjectMapper json;
    private final ObjectReader exact;

    PersonalDataCipher(SubjectKeys keys, ObjectMapper json) {
        this.keys = keys;
        this.json = json;
        this.exact = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    public SubjectKeys keys() {
        return keys;
    }

    ObjectNode seal(String subject, JsonNode value) {
        ObjectNode sealed = json.createObjectNode();
        Optional<SecretKey> key = keys.forWriting(subject);
        sealed.put(MARK, key.isPresent() ? ALGORITHM : ERASED);
        sealed.put("subject", subject);
        key.ifPresent(k -> sealed.put("data", Base64.getEncoder().encodeToString(
                Aes.encrypt(k, subject, value.toString().getBytes(StandardCharsets.UTF_8)))));
        return sealed;
    }

    static boolean isSealed(JsonNode node) {
        return node != null && node.isObject() && node.has(MARK) && node.has("subject");
    }

    /** The value as it was sealed; empty when the subject's key is gone. */
    Optional<JsonNode> open(JsonNode sealed) {
        String subject = sealed.get("subject").asText();
        if (!ALGORITHM.equals(sealed.get(MARK).asText())) {
            return Optional.empty();
        }
        Optional<SecretKey> key = keys.forReading(subject);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] plain = Aes.decrypt(key.get(), subject, Base64.getDecoder().decode(sealed.get("data").asText()));
            return Optional.of(exact.readTree(plain));
        } catch (GeneralSecurityException | IllegalArgumentException | java.io.IOException e) {
            throw new IllegalStateException("personal data of subject " + subject + " does not decrypt", e);
        }
    }
}
