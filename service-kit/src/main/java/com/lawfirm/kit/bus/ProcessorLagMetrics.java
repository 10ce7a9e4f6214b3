package com.lawfirm.kit.bus;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;


/**
 * {@code lawfirm.processor.lag{processor}}: how many events of the service's own store a streaming processor has
 * still to handle (head of the store minus its slowest segment), and {@code lawfirm.consumer.lag{processor}}: how
 * many Kafka records a Kafka-fed group has still to handle. Both are read when metrics are scraped.
 */
public class ProcessorLagMetrics implements MeterBinder {

    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final ObjectProvider<EventStore> eventStore;
    private final KafkaEventSources kafkaSources;

    public ProcessorLagMetrics(ObjectProvider<EventProcessingConfiguration> processing,
                               ObjectProvider<EventStore> eventStore, KafkaEventSources kafkaSources) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.kafkaSources = kafkaSources;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        kafkaSources.all().forEach(source -> Gauge.builder("lawfirm.consumer.lag", source, s -> s.lag())
                .tag("processor", source.name())
                .description("Kafka records not yet handled by this processing group")
                .register(registry));
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        if (configuration == null) {
            return;
        }
        configuration.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("lawfirm.processor.lag", streaming, this::lag)
                        .tag("processor", name)
                        .description("events of this service's store not yet handled by the processor")
                        .register(registry);
            }
        });
    }

    private double lag(StreamingEventProcessor processor) {
        EventStore store = eventStore.getIfAvailable();
        if (store == null || processor.processingStatus().isEmpty()) {
            return Double.NaN;
        }
        TrackingToken head = store.createHeadToken();
        long headPosition = head == null ? 0 : head.position().orElse(0);
        long slowest = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0))
                .min().orElse(headPosition);
        return Math.max(0, headPosition - slowest);
    }
}
