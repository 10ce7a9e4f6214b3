package com.lawfirm.kit.axon;

import com.lawfirm.kit.audit.ChainingEventStorageEngine;
import com.lawfirm.kit.audit.EventChain;
import com.lawfirm.kit.scaling.NodeId;
import com.lawfirm.kit.scaling.ScalingProperties;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import javax.sql.DataSource;

/**
 * Axon on the service's own PostgreSQL through JDBC (no JPA): the event store with JSON text payloads in
 * {@code domain_event_entry}, tokens in {@code token_entry}, sagas and dead letters in Axon's layout. Flyway
 * creates every table (db/kit); nothing here creates schema.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
public class AxonStorageAutoConfiguration {

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .eventIdentifierColumn("event_id")
            .aggregateIdentifierColumn("aggregate_id")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("aggregate_type")
            .timestampColumn("time_stamp")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    /** pgjdbc reports a duplicate key as SQLState 23505: that is the optimistic concurrency conflict. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    public EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 DataSource dataSource,
                                                 ObjectProvider<EventUpcaster> upcasters) {
        return new ChainingEventStorageEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                // no aggregate takes snapshots: one would hold a client's data unsealed, beyond the reach of erasure
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .dataType(String.class)
                .schema(EVENT_SCHEMA)
                // each service registers the upcasters of the older event revisions it has stored
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .build(), new EventChain(new JdbcTemplate(dataSource)));
    }

    @Bean
    public NodeId nodeId() {
        return NodeId.generate();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, NodeId node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .nodeId(node.value())
                .contentType(String.class)
                .claimTimeout(ScalingProperties.CLAIM_TIMEOUT)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("time_stamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    @Bean
    public GuardedCommands guardedCommands(org.axonframework.commandhandling.gateway.CommandGateway commandGateway,
                                           org.axonframework.eventsourcing.eventstore.EventStore eventStore) {
        return new GuardedCommands(commandGateway, eventStore);
    }

    @Bean
    public CorrelationDataProvider eventMetadataProvider() {
        return new EventMetadataProvider();
    }
}
