package com.lawfirm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.lawfirm.kit.testing.TestStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Where a person's data is still stored after an erasure: every service's tables and every topic, after a rebuild. */
final class StoredTraces {

    private StoredTraces() {
    }

    /** Every projection of every service replayed from its source (event store or Kafka), until all caught up. */
    static void rebuildEveryReadModel(Suite suite, String admin) {
        for (String service : suite.names()) {
            for (JsonNode projection : Http.get(suite.url(service) + "/api/admin/projections", admin).body()) {
                String name = projection.path("name").asText();
                assertThat(Http.post(suite.url(service) + "/api/admin/projections/" + name + "/rebuild", admin, "").status())
                        .as(service + " " + name).isEqualTo(202);
            }
        }
        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            for (String service : suite.names()) {
                for (JsonNode projection : Http.get(suite.url(service) + "/api/admin/projections", admin).body()) {
                    assertThat(projection.path("caughtUp").asBoolean()).as(service + " " + projection.path("name")).isTrue();
                }
            }
        });
    }

    /**
     * service.table for every table of every service's database with a row whose text holds one of the traces, or a
     * binary column its bytes in UTF-8 (a scheduled task's data, a parked event): a row cast to text shows those as hex.
     */
    static List<String> tables(Suite suite, List<String> traces) {
        List<String> found = new ArrayList<>();
        String any = traces.stream().map(t -> "'%" + t + "%'").collect(Collectors.joining(", "));
        for (String service : suite.names()) {
            JdbcTemplate db = suite.database(service);
            for (String table : db.queryForList("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", String.class)) {
                StringBuilder binary = new StringBuilder();
                for (String column : db.queryForList("SELECT column_name FROM information_schema.columns WHERE"
                        + " table_schema = 'public' AND table_name = ? AND data_type = 'bytea'", String.class, table)) {
                    for (String trace : traces) {
                        binary.append(" OR position(convert_to('").append(trace).append("', 'UTF8') IN t.\"")
                                .append(column).append("\") > 0");
                    }
                }
                String holding = " FROM \"" + table + "\" t WHERE t::text LIKE ANY (ARRAY[" + any + "])" + binary;
                if (table.equals("read_model")) {
                    db.query("SELECT collection, count(*)" + holding + " GROUP BY collection", rs -> {
                        found.add(service + ".read_model." + rs.getString(1) + " (" + rs.getLong(2) + ")");
                    });
                } else {
                    Long rows = db.queryForObject("SELECT count(*)" + holding, Long.class);
                    if (rows != null && rows > 0) {
                        found.add(service + "." + table + " (" + rows + ")");
                    }
                }
            }
        }
        return found;
    }

    /** How many records of the firm's topics hold one of the traces. */
    static long kafkaRecords(List<String> traces) {
        List<String> topics = List.of("lawfirm.intake.events", "lawfirm.conflict.events", "lawfirm.matter.events",
                "lawfirm.billing.events", "lawfirm.notification.events");
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = new ArrayList<>();
            topics.forEach(topic -> reader.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            long holding = 0;
            long read = 0;
            long total = ends.values().stream().mapToLong(Long::longValue).sum();
            Instant until = Instant.now().plusSeconds(60);
            while (read < total && Instant.now().isBefore(until)) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        read++;
                        String value = record.value();
                        holding += traces.stream().anyMatch(value::contains) ? 1 : 0;
                    }
                }
            }
            assertThat(read).as("records read of the topics").isEqualTo(total);
            return holding;
        }
    }
}
