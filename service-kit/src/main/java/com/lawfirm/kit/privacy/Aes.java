package com.lawfirm.kit.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a random 96-bit nonce in front of the ciphertext, the data subject's id bound in as associated
 * data: a value moved under another subject's name does not decrypt.
 */
final class Aes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    /** Looking a cipher up costs more than using it; each thread keeps its own (a Cipher is not thread-safe). */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    });

    private Aes() {
    }

    static byte[] encrypt(SecretKey key, String subject, byte[] plain) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    static byte[] decrypt(SecretKey key, String subject, byte[] sealed) throws GeneralSecurityException {
        Cipher cipher = CIPHERS.get();
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, NONCE));
        cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
    }

    static byte[] newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
