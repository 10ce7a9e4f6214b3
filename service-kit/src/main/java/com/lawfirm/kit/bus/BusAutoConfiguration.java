package com.lawfirm.kit.bus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.kit.ServiceProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import com.lawfirm.kit.readmodel.ShadowCopies;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Wires the service into the Kafka event bus: the tracking publisher of its own store, and one Kafka-fed
 * subscribing processor per configured consumer group ({@code lawfirm.bus.consumers.<group>: [topics]}).
 */
@AutoConfiguration
@EnableConfigurationProperties({BusProperties.class, ServiceProperties.class})
public class BusAutoConfiguration {

    @Bean
    public EnvelopeCodec envelopeCodec(@Qualifier("eventSerializer") Serializer serializer, ObjectMapper objectMapper) {
        return new EnvelopeCodec(serializer, objectMapper);
    }

    /** Closed with a bound: unsent events are not lost (the publisher's token has not moved past them). */
    @Bean(destroyMethod = "")
    @ConditionalOnProperty(name = "lawfirm.bus.publish", havingValue = "true", matchIfMissing = true)
    public Producer<String, String> eventProducer(BusProperties bus, ServiceProperties service) {
        TopicAdmin.ensureTopics(bus, List.of(service.topic()));
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "lawfirm." + service.name() + ".publisher",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @Bean
    @ConditionalOnProperty(name = "lawfirm.bus.publish", havingValue = "true", matchIfMissing = true)
    public DisposableBean eventProducerCloser(Producer<String, String> eventProducer) {
        return () -> eventProducer.close(java.time.Duration.ofSeconds(5));
    }

    @Bean
    @ConditionalOnProperty(name = "lawfirm.bus.publish", havingValue = "true", matchIfMissing = true)
    public KafkaEventPublisher kafkaEventPublisher(Producer<String, String> eventProducer, EnvelopeCodec codec,
                                                   ServiceProperties service) {
        return new KafkaEventPublisher(eventProducer, codec, service.topic());
    }

    /** The publisher's processor starts at the tail of the store, so no event stored before its first run is skipped. */
    @Bean
    @ConditionalOnProperty(name = "lawfirm.bus.publish", havingValue = "true", matchIfMissing = true)
    public ConfigurerModule kafkaPublisherProcessor() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                KafkaEventPublisher.PROCESSING_GROUP,
                Configuration::eventStore,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken));
    }

    @Bean
    public ParkedEvents parkedEvents(JdbcTemplate jdbc) {
        return new ParkedEvents(jdbc);
    }

    @Bean
    public ParkedEventsController parkedEventsController(ParkedEvents parked) {
        return new ParkedEventsController(parked);
    }

    @Bean
    public KafkaEventSources kafkaEventSources(BusProperties bus, ServiceProperties service, EnvelopeCodec codec,
                                               PlatformTransactionManager transactionManager, ParkedEvents parked,
                                               ObjectProvider<EventProcessingConfiguration> processing,
                                               ObjectProvider<ConsumedTypes> narrowing) {
        Set<String> topics = new HashSet<>();
        bus.consumers().values().forEach(topics::addAll);
        if (!topics.isEmpty()) {
            TopicAdmin.ensureTopics(bus, topics);
        }
        List<KafkaEventSource> sources = new ArrayList<>();
        bus.consumers().forEach((group, groupTopics) -> sources.add(new KafkaEventSource(
                group, groupTopics,
                () -> new KafkaConsumer<>(Map.ofEntries(
                        Map.entry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers()),
                        Map.entry(ConsumerConfig.GROUP_ID_CONFIG, "lawfirm." + service.name() + "." + group),
                        Map.entry(ConsumerConfig.CLIENT_ID_CONFIG, "lawfirm." + service.name() + "." + group),
                        Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                        Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        Map.entry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                        Map.entry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, bus.maxPollRecords()),
                        // an instance that dies hands its partitions to the others within ten seconds
                        Map.entry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000),
                        Map.entry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3_000),
                        Map.entry(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class),
                        Map.entry(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))),
                codec, new TransactionTemplate(transactionManager), bus, parked, service.name() + "." + group)));
        return new KafkaEventSources(sources, group -> Optional.ofNullable(processing.getIfAvailable())
                .flatMap(configuration -> configuration.eventProcessor(group, AbstractEventProcessor.class))
                .map(processor -> {
                    List<ConsumedTypes> narrowers = narrowing.orderedStream()
                            .filter(narrower -> narrower.group().equals(group)).toList();
                    return new TakenTypes.Judgement(
                            type -> processor.eventHandlerInvoker().canHandleType(type)
                                    && narrowers.stream().allMatch(narrower -> narrower.takes(type)),
                            // every narrower reads what holds now, changed or not
                            () -> narrowers.stream().map(ConsumedTypes::refreshed).reduce(false, Boolean::logicalOr));
                }));
    }

    @Bean
    public ProcessorLagMetrics processorLagMetrics(ObjectProvider<EventProcessingConfiguration> processing,
                                                   ObjectProvider<EventStore> eventStore, KafkaEventSources sources) {
        return new ProcessorLagMetrics(processing, eventStore, sources);
    }

    /**
     * Each Kafka-fed group is a subscribing processor on its source; handler errors propagate so the batch is
     * rolled back and retried, and every event passes the de-duplication interceptor first.
     */
    @Bean
    public ConfigurerModule kafkaConsumerProcessors(KafkaEventSources sources, JdbcTemplate jdbc, ServiceProperties service,
                                                    ShadowCopies shadows) {
        return configurer -> sources.all().forEach(source -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(source.name(), c -> source)
                .registerListenerInvocationErrorHandler(source.name(), c -> PropagatingErrorHandler.instance())
                .registerHandlerInterceptor(source.name(),
                        c -> new DeduplicatingInterceptor(jdbc, service.name() + "." + source.name(), shadows)));
    }
}
