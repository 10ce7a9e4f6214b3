package com.lawfirm.kit.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Protection of personal data in events (crypto-shredding).
 *
 * @param masterKey         the master key, 32 bytes in Base64, that encrypts every data subject's key; or
 * @param masterKeyLocation a file holding it (kept out of process listings and configuration files)
 * @param keyStore          where the subjects' keys live: one store shared by every service, since each one reads
 *                          the others' events; without a URL, the service's own database
 * @param keyCacheTtl       how long a service keeps a key it has read. An erasure is seen at once by every service
 *                          that reads the erasure event, and by the others within this time
 */
@ConfigurationProperties("lawfirm.privacy")
public record PrivacyProperties(
        String masterKey,
        String masterKeyLocation,
        KeyStore keyStore,
        @DefaultValue("60s") Duration keyCacheTtl) {

    public PrivacyProperties {
        keyStore = keyStore == null ? new KeyStore(null, null, null) : keyStore;
    }

    public record KeyStore(String url, String username, String password) {

        public boolean ownDatabase() {
            return url == null || url.isBlank();
        }
    }
}
