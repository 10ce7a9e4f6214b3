package com.lawfirm.benchmarks;

import com.lawfirm.events.Topics;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.kit.bus.KafkaEventPublisher;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Events per second from the event store to Kafka by the service's publisher (read from PostgreSQL, upcast, enveloped
 * with their personal data still sealed, sent with acks=all, its token moved after the broker's acknowledgement), as a
 * ratio to a plain idempotent producer sending the very same records to a fresh topic, in the same run. The events
 * are stored first with the publisher stopped, then it is started; its rate is over the span of the records' send
 * times, and how long it took to send the first is printed apart.
 * <p>{@code benchmarks/run publishing-rate [--events 5000] [--clients 8]}
 */
public final class PublishingRate {

    private PublishingRate() {
    }

    public static void main(String[] args) {
        Measure.runAndExit(args, PublishingRate::run);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("--events", "5000", "--clients", "8"));
        int events = Integer.parseInt(options.get("--events"));
        int clients = Integer.parseInt(options.get("--clients"));
        BenchStack stack = new BenchStack();
        ConfigurableApplicationContext intake = stack.start(IntakeServiceApplication.class, IntakeServiceApplication.SERVICE, Map.of());
        EventProcessor publisher = intake.getBean(EventProcessingConfiguration.class)
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP).orElseThrow();
        String topic = Topics.INTAKE;
        await(stack, topic, 0);
        publisher.shutDown();

        String url = BenchStack.url(intake) + "/api/clients";
        String token = "Bearer " + stack.token("bench", "INTAKE");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(clients)).build();
        Measure.rate(clients, events, i -> BenchStack.registerClient(http, url, token, "发布基准 Publishing bench " + i));

        // the read models catch up first: the publisher is measured alone, not sharing two cores with them
        long storedAt = System.nanoTime();
        awaitOtherProcessors(intake, publisher);
        System.out.printf("the read models caught up %d ms after the last event was stored%n",
                (System.nanoTime() - storedAt) / 1_000_000);
        long startedAt = System.currentTimeMillis();
        publisher.start();
        List<ConsumerRecord<String, String>> published = await(stack, topic, events);
        // the span the publisher sent over, from the records' own send times: the processor's start is apart
        long first = published.stream().mapToLong(ConsumerRecord::timestamp).min().orElseThrow();
        long last = published.stream().mapToLong(ConsumerRecord::timestamp).max().orElseThrow();
        double viaPublisher = events / (Math.max(1, last - first) / 1000.0);

        double viaProducer;
        int partitions = (int) published.stream().mapToInt(ConsumerRecord::partition).distinct().count();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("bench.plain", Math.max(1, partitions), (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>("bench.plain", "warm-up", "{}")).get();
            long plainStarted = System.nanoTime();
            for (ConsumerRecord<String, String> record : published) {
                producer.send(new ProducerRecord<>("bench.plain", record.key(), record.value()));
            }
            producer.flush();
            viaProducer = events / ((System.nanoTime() - plainStarted) / 1e9);
        }

        System.out.printf("publishing from the event store to Kafka, %d events:%n", events);
        System.out.printf("  the service's publisher     %8.1f events/s (first sent %d ms after its start)%n", viaPublisher,
                first - startedAt);
        System.out.printf("  plain producer, same records %7.1f records/s (baseline)%n", viaProducer);
        System.out.printf("  ratio %.2f%n", viaPublisher / viaProducer);
        intake.close();
    }

    private static void awaitOtherProcessors(ConfigurableApplicationContext service, EventProcessor publisher)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        // the service's own lag gauges: head of the store minus each processor's slowest segment
        for (Gauge lag : service.getBean(MeterRegistry.class).find("lawfirm.processor.lag").gauges()) {
            String processor = lag.getId().getTag("processor");
            if (publisher.getName().equals(processor)) {
                continue;
            }
            while (lag.value() != 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(processor + " did not catch up with the store");
                }
                Thread.sleep(50);
            }
        }
    }

    /** Waits until the topic holds at least {@code count} records, and returns them. */
    private static List<ConsumerRecord<String, String>> await(BenchStack stack, String topic, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                reader.listTopics().getOrDefault(topic, List.of())
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            while (records.size() < count && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(50)).forEach(records::add);
            }
        }
        if (records.size() < count) {
            throw new IllegalStateException("only " + records.size() + " of " + count + " events reached " + topic);
        }
        return records;
    }
}
