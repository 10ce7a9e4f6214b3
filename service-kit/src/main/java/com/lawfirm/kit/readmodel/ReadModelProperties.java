package com.lawfirm.kit.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where read models live.
 *
 * @param store      {@code postgres} (the service's own database; the embedded default) or {@code mongodb}
 * @param mongodbUri the MongoDB connection string, with the database name, when the store is mongodb
 * @param rebuildCheckEvery how often each instance looks for a rebuild that no live instance runs (its instance
 *                   stopped or died) and takes it up, besides when it starts
 */
@ConfigurationProperties("lawfirm.read-models")
public record ReadModelProperties(
        @DefaultValue("postgres") String store,
        @DefaultValue("mongodb://localhost:27017/lawfirm") String mongodbUri,
        @DefaultValue("1m") Duration rebuildCheckEvery) {

    public ReadModelProperties {
        if (rebuildCheckEvery.toMillis() < 1000) {
            throw new IllegalArgumentException("lawfirm.read-models.rebuild-check-every must be at least 1s, was "
                    + rebuildCheckEvery);
        }
    }
}
