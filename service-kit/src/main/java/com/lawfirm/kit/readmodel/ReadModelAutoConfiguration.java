package com.lawfirm.kit.readmodel;

import com.lawfirm.kit.scaling.NodeId;
import com.lawfirm.kit.scaling.TokenSegments;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.kit.bus.KafkaEventSources;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

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

    /**
     * Every processor passes its events through the shadow interceptor; it only acts while its projection rebuilds. A
     * handler failing is logged and its event passed over, as by default; while it writes into a shadow copy, the
     * rebuild is given up as well (groups fed by Kafka register their own error handler).
     */
    @Bean
    public ConfigurerModule shadowRebuilds(ShadowCopies shadows, ObjectProvider<ReadModelStore> store) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((config, name) -> new ShadowRebuildInterceptor(name, shadows,
                        store.getObject()))
                .registerDefaultListenerInvocationErrorHandler(config -> new ShadowReplayErrors(shadows));
    }

    @Bean
    RebuildsAtStop rebuildsAtStop(ShadowCopies shadows) {
        return new RebuildsAtStop(shadows);
    }

    @Bean
    public ProjectionRebuilds projectionRebuilds(EventProcessingConfiguration processing, EventStore events,
                                                 ShadowCopies shadows, ObjectProvider<KafkaEventSources> kafka,
                                                 ReadModelStore store, JdbcTemplate jdbc,
                                                 PlatformTransactionManager transactions, NodeId node) {
        return new ProjectionRebuilds(processing, events, shadows, kafka, store, jdbc, new TransactionTemplate(transactions),
                new TokenSegments(jdbc, node));
    }

    /** Rebuilds a stop or a crash interrupted start again once the service is up. */
    @Bean(destroyMethod = "close")
    InterruptedRebuilds interruptedRebuilds(ProjectionRebuilds rebuilds) {
        return new InterruptedRebuilds(rebuilds, Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofMinutes(1));
    }

    @Bean
    public ProjectionController projectionController(ProjectionRebuilds rebuilds) {
        return new ProjectionController(rebuilds);
    }
}
