package com.lawfirm.kit.scaling;

import com.lawfirm.kit.readmodel.ShadowCopies;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several instances of one service side by side: every processing group fed by the service's own event store is
 * split into {@code lawfirm.scaling.segments} segments, each instance able to run all of them, and the segments are
 * shared between the live instances. (Groups fed by Kafka share their partitions through their consumer group.)
 */
@AutoConfiguration
@EnableConfigurationProperties(ScalingProperties.class)
public class ScalingAutoConfiguration {

    /**
     * Events a processor handles in one transaction, with one update of its token, when that many are already
     * stored: a processor behind catches up faster, and one that is not never waits to fill a batch.
     */
    static final int BATCH_SIZE = 100;

    @Bean
    public ConfigurerModule segmentedProcessors(ScalingProperties scaling) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                c -> TrackingEventProcessorConfiguration.forParallelProcessing(scaling.segments())
                        .andInitialSegmentsCount(scaling.segments()).andBatchSize(BATCH_SIZE));
    }

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, NodeId node,
                                    ScalingProperties scaling, ObjectProvider<ShadowCopies> shadows) {
        return new SegmentBalancer(processing, new ProcessorNodes(jdbc, node.value()), new TokenSegments(jdbc, node),
                scaling, group -> shadows.getIfAvailable() != null && shadows.getIfAvailable().rebuilding(group));
    }
}
