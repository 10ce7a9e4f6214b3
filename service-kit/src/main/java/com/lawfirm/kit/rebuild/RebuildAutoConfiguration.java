package com.lawfirm.kit.rebuild;

import com.lawfirm.kit.bus.BusAutoConfiguration;
import com.lawfirm.kit.bus.KafkaEventSources;
import com.lawfirm.kit.readmodel.ReadModelAutoConfiguration;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import com.lawfirm.kit.scaling.NodeId;
import com.lawfirm.kit.scaling.ScalingAutoConfiguration;
import com.lawfirm.kit.scaling.TokenSegments;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * Rebuilding read models from the event store or from Kafka into shadow copies, taken over segment by segment and
 * swapped in when caught up. Above the read-model store, the bus and the scaling of processors, which it drives.
 */
@AutoConfiguration(after = {ReadModelAutoConfiguration.class, BusAutoConfiguration.class, ScalingAutoConfiguration.class})
public class RebuildAutoConfiguration {

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
