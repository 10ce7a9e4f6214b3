package com.lawfirm.kit.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The key that encrypts the data subjects' keys, with a short id so a store is never read with the wrong one. */
record MasterKey(SecretKey key, String id) {

    static MasterKey from(PrivacyProperties properties) {
        String encoded = properties.masterKey();
        if ((encoded == null || encoded.isBlank()) && properties.masterKeyLocation() != null
                && !properties.masterKeyLocation().isBlank()) {
            try {
                encoded = Files.readString(Path.of(properties.masterKeyLocation().replaceFirst("^file:", "")),
                        StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException("lawfirm.privacy.master-key-location cannot be read", e);
            }
        }
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalStateException("lawfirm.privacy.master-key (or master-key-location) is not set: "
                    + "personal data in events is encrypted and needs a master key of 32 bytes in Base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lawfirm.privacy.master-key is not Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("lawfirm.privacy.master-key must be 32 bytes (AES-256), not " + bytes.length);
        }
        return new MasterKey(new SecretKeySpec(bytes, "AES"), id(bytes));
    }

    private static String id(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
