package com.lawfirm.kit.readmodel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where read models live.
 *
 * @param store      {@code postgres} (the service's own database; the embedded default) or {@code mongodb}
 * @param mongodbUri the MongoDB connection string, with the database name, when the store is mongodb
 */
@ConfigurationProperties("lawfirm.read-models")
public record ReadModelProperties(
        @DefaultValue("postgres") String store,
        @DefaultValue("mongodb://localhost:27017/lawfirm") String mongodbUri) {
}
