package com.lawfirm.benchmarks;

import com.lawfirm.events.Topics;
import com.lawfirm.intake.IntakeServiceApplication;
import com.lawfirm.notification.NotificationServiceApplication;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The lag from a command's commit in one service to its effect in another service's read model through Kafka, at a
 * steady rate: clients registered at intake, each until notification-service's client directory holds it (event
 * timestamp to read-model write, both on the same PostgreSQL clock). Baseline in the same run: a plain Kafka producer
 * to consumer round trip at the same rate. Target: p99 under 250 ms at 200 commands/s. First clients are sent at up
 * to 50/s (a rate the suite keeps up with, so nothing queues into the measurement) until the JIT has settled, for at
 * most {@code --warm-up-seconds}, and drained: the services compiled, the consumer groups joined.
 * <p>{@code benchmarks/run end-to-end-lag [--rate 200] [--seconds 20] [--warm-up-seconds 600]}
 */
public final class EndToEndLag {

    private EndToEndLag() {
    }

    public static void main(String[] args) {
        Measure.runAndExit(args, EndToEndLag::run);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("--rate", "200", "--seconds", "20",
                "--warm-up-seconds", "600"));
        int rate = Integer.parseInt(options.get("--rate"));
        int seconds = Integer.parseInt(options.get("--seconds"));
        BenchStack stack = new BenchStack();
        ConfigurableApplicationContext intake = stack.start(IntakeServiceApplication.class, IntakeServiceApplication.SERVICE, Map.of());
        ConfigurableApplicationContext notification = stack.start(NotificationServiceApplication.class,
                NotificationServiceApplication.SERVICE, Map.of());
        String url = BenchStack.url(intake) + "/api/clients";
        String token = "Bearer " + stack.token("bench", "INTAKE");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(16)).build();
        JdbcTemplate intakeDb = intake.getBean(JdbcTemplate.class);
        JdbcTemplate notificationDb = notification.getBean(JdbcTemplate.class);

        List<String> warmUp = new ArrayList<>();
        Measure.warmUp(60, Integer.parseInt(options.get("--warm-up-seconds")),
                slice -> warmUp.addAll(send(http, url, token, Math.min(rate, 50), slice)));
        awaitDirectory(notificationDb, warmUp);
        long started = System.nanoTime();
        List<String> clients = send(http, url, token, rate, seconds);
        double achieved = clients.size() / ((System.nanoTime() - started) / 1e9);
        awaitDirectory(notificationDb, clients);

        Map<String, Long> publishedAt = publishTimes(stack.bootstrapServers(), Set.copyOf(clients));
        List<Long> lags = new ArrayList<>();
        List<Long> publishing = new ArrayList<>();
        List<Long> consuming = new ArrayList<>();
        for (String client : clients) {
            Instant committed = Instant.parse(intakeDb.queryForObject(
                    "SELECT time_stamp FROM domain_event_entry WHERE aggregate_id = ? AND sequence_number = 0", String.class, client));
            OffsetDateTime applied = notificationDb.queryForObject(
                    "SELECT updated_at FROM read_model WHERE collection = 'client_contacts' AND id = ?", OffsetDateTime.class, client);
            lags.add(Duration.between(committed, applied.toInstant()).toMillis());
            publishing.add(publishedAt.get(client) - committed.toEpochMilli());
            consuming.add(applied.toInstant().toEpochMilli() - publishedAt.get(client));
        }
        long[] lag = Measure.sorted(lags);
        long[] toKafka = Measure.sorted(publishing);
        long[] fromKafka = Measure.sorted(consuming);
        long[] baseline = Measure.sorted(kafkaRoundTrips(stack.bootstrapServers(), rate, seconds));

        System.out.printf("end-to-end lag, intake -> Kafka -> notification read model, %d commands at %.0f/s (asked %d/s):%n",
                clients.size(), achieved, rate);
        System.out.printf("  p50 %4d ms   p99 %4d ms   max %4d ms (target p99 < 250 ms)%n", Measure.percentile(lag, 50),
                Measure.percentile(lag, 99), lag[lag.length - 1]);
        System.out.printf("    of which event to Kafka p50 %4d ms p99 %4d ms; Kafka to read model p50 %4d ms p99 %4d ms%n",
                Measure.percentile(toKafka, 50), Measure.percentile(toKafka, 99), Measure.percentile(fromKafka, 50),
                Measure.percentile(fromKafka, 99));
        System.out.printf("  plain Kafka round trip (baseline): p50 %4d ms   p99 %4d ms%n", Measure.percentile(baseline, 50),
                Measure.percentile(baseline, 99));
        System.out.printf("  ratio p50 %.1f   p99 %.1f%n", ratio(Measure.percentile(lag, 50), Measure.percentile(baseline, 50)),
                ratio(Measure.percentile(lag, 99), Measure.percentile(baseline, 99)));
        notification.close();
        intake.close();
    }

    private static double ratio(long value, long baseline) {
        return (double) value / Math.max(1, baseline);
    }

    /** Registers clients at a steady rate for the given seconds; the ids of those registered. */
    private static List<String> send(HttpClient http, String url, String token, int rate, int seconds) throws Exception {
        List<CompletableFuture<String>> sent = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"kind\":\"ORGANIZATION\",\"name\":\"无锡恒越精密机械有限公司 " + i + "\",\"preferredLanguage\":\"ZH\"}"))
                    .build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("register answered " + response.statusCode() + ": " + response.body());
                }
                return response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            }));
        }
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<String> future : sent) {
            ids.add(future.get(60, TimeUnit.SECONDS));
        }
        return ids;
    }

    private static void awaitDirectory(JdbcTemplate notificationDb, List<String> clients) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = clients.get(clients.size() - 1);
        Set<String> waiting = ConcurrentHashMap.newKeySet();
        waiting.addAll(clients);
        while (System.nanoTime() < deadline) {
            Long count = notificationDb.queryForObject("SELECT count(*) FROM read_model WHERE collection = 'client_contacts'"
                    + " AND id = ANY (?)", Long.class, (Object) waiting.toArray(String[]::new));
            if (count != null && count == waiting.size()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the client directory did not receive every client, e.g. " + last);
    }

    /** When each client's event reached intake's topic (the broker's record timestamp). */
    private static Map<String, Long> publishTimes(String servers, Set<String> clients) {
        Map<String, Long> times = new java.util.HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-publish-times", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.of(IntakeServiceApplication.SERVICE)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!times.keySet().containsAll(clients) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (clients.contains(record.key())) {
                        times.merge(record.key(), record.timestamp(), Math::min);
                    }
                });
            }
        }
        return times;
    }

    /** Send time to receive time of plain records through the same broker at the same rate. */
    private static List<Long> kafkaRoundTrips(String servers, int rate, int seconds) throws Exception {
        String topic = "bench.round-trip";
        List<Long> trips = Collections.synchronizedList(new ArrayList<>());
        int total = rate * seconds;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class, ProducerConfig.ACKS_CONFIG, "all"));
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                     ConsumerConfig.GROUP_ID_CONFIG, "bench-round-trip", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                     ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                     ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            producer.send(new ProducerRecord<>(topic, "warm-up", String.valueOf(System.nanoTime()))).get();
            consumer.subscribe(List.of(topic));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            Thread polling = new Thread(() -> {
                while (trips.size() < total) {
                    consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                        if (!record.key().equals("warm-up")) {
                            trips.add((System.nanoTime() - Long.parseLong(record.value())) / 1_000_000);
                        }
                    });
                }
            });
            polling.start();
            long interval = TimeUnit.SECONDS.toNanos(1) / rate;
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                LockSupport.parkNanos(start + i * interval - System.nanoTime());
                producer.send(new ProducerRecord<>(topic, "r" + i, String.valueOf(System.nanoTime())));
            }
            producer.flush();
            polling.join(TimeUnit.SECONDS.toMillis(60));
        }
        return new ArrayList<>(trips);
    }
}
