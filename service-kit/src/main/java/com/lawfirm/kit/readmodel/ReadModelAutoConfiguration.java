package com.lawfirm.kit.readmodel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Chooses the read-model adapter: PostgreSQL JSONB by default, MongoDB when configured. */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@EnableConfigurationProperties(ReadModelProperties.class)
public class ReadModelAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "lawfirm.read-models.store", havingValue = "postgres", matchIfMissing = true)
    public ReadModelStore postgresReadModelStore(JdbcTemplate jdbc, ObjectMapper json, ShadowCopies shadows) {
        return new ShadowingReadModelStore(new PostgresReadModelStore(jdbc, json), shadows);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "lawfirm.read-models.store", havingValue = "mongodb")
    public MongoClient readModelMongoClient(ReadModelProperties properties) {
        return MongoClients.create(properties.mongodbUri());
    }

    @Bean
    @ConditionalOnProperty(name = "lawfirm.read-models.store", havingValue = "mongodb")
    public ReadModelStore mongoReadModelStore(MongoClient readModelMongoClient, ReadModelProperties properties,
                                              ObjectMapper json, ShadowCopies shadows) {
        String database = new ConnectionString(properties.mongodbUri()).getDatabase();
        return new ShadowingReadModelStore(new MongoReadModelStore(readModelMongoClient.getDatabase(
                database == null ? "lawfirm" : database), json), shadows);
    }

    @Bean
    public ShadowCopies shadowCopies() {
        return new ShadowCopies();
    }
}
