package com.lawfirm.kit.testapp;

import com.lawfirm.events.Topics;
import com.lawfirm.kit.testapp.NoteEvents.CreateNote;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The event bus between two services on a real PostgreSQL and a real Kafka broker: service A applies events through
 * its aggregate, service B handles them from Kafka. Each event is handled exactly once by B, through a restart of
 * B in the middle of the stream, a redelivery of everything, and a crash of A between commit and publish.
 */
class EventBusIntegrationTest {

    private static final String TOPIC = Topics.of("kitbus-a");
    private final KitServices services = new KitServices();

    @AfterEach
    void stopAll() {
        services.close();
    }

    @Test
    void eachEventIsHandledExactlyOnceByTheOtherService() {
        ConfigurableApplicationContext a = producer(true);
        ConfigurableApplicationContext b = consumer();

        List<String> notes = new ArrayList<>(create(a, 10));
        awaitHandledOnce(b, notes);

        // B stops in the middle of the stream and comes back: it resumes where it left off
        stop(b);
        notes.addAll(create(a, 10));
        b = consumer();
        awaitHandledOnce(b, notes);

        // every record of the topic is delivered a second time: nothing is handled again
        redeliverWholeTopic();
        notes.addAll(create(a, 1));
        awaitHandledOnce(b, notes);

        // A "dies" between commit and publish: the event is stored, not published; after restart it is delivered
        stop(a);
        ConfigurableApplicationContext crashed = producer(false);
        String stranded = create(crashed, 1).get(0);
        stop(crashed);
        assertThat(handled(b, stranded)).isZero();
        a = producer(true);
        notes.add(stranded);
        awaitHandledOnce(b, notes);

        Map<String, Object> row = jdbc(b).queryForMap(
                "SELECT user_id, correlation_id FROM handled_note WHERE note_id = ?", stranded);
        assertThat(row.get("user_id")).isEqualTo("wang.fang");
        assertThat(row.get("correlation_id")).isNotNull();
    }

    @Test
    void aPoisonEventIsParkedWithItsSequenceAndTheRestOfTheStreamGoesOn() {
        ConfigurableApplicationContext a = start("kitpoison-a", "kitpoison_a", Map.of("lawfirm.bus.publish", true));
        ConfigurableApplicationContext b = start("kitpoison-b", "kitpoison_b", Map.of("lawfirm.bus.publish", false,
                "lawfirm.bus.consumers.ledger", Topics.of("kitpoison-a"), "lawfirm.bus.max-attempts", 2,
                "lawfirm.bus.max-retry-backoff", "200ms"));
        String poison = UUID.randomUUID().toString();
        a.getBean(CommandGateway.class).sendAndWait(new CreateNote(poison, "毒 poison"));
        List<String> good = create(a, 3);
        awaitHandledOnce(b, good);
        a.getBean(CommandGateway.class).sendAndWait(new NoteEvents.CloseNote(poison));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> parked = jdbc(b).queryForList(
                    "SELECT reason FROM parked_event WHERE sequence_key = ? ORDER BY parked_at", poison);
            assertThat(parked).hasSize(2);
            assertThat(parked.get(0).get("reason").toString()).contains("cannot be handled");
            assertThat(parked.get(1).get("reason").toString()).contains("earlier event of its sequence is parked");
        });
        List<String> more = new ArrayList<>(good);
        more.addAll(create(a, 2));
        awaitHandledOnce(b, more);
    }

    /**
     * An event of a type none of the group's handlers take is passed over unread: not decoded, not recorded as
     * consumed. Here it could not even be read (its payload is not its type's); read, it would be parked as unreadable.
     */
    @Test
    void anEventNoHandlerOfTheGroupTakesIsPassedOverUnread() {
        // one partition: the notes are handled only after the other event was taken or passed over
        ConfigurableApplicationContext b = start("kitskip-b", "kitskip_b", Map.of("lawfirm.bus.publish", false,
                "lawfirm.bus.consumers.ledger", Topics.of("kitskip-a"), "lawfirm.bus.partitions", 1,
                "lawfirm.bus.max-attempts", 2, "lawfirm.bus.max-retry-backoff", "200ms"));
        ConfigurableApplicationContext a = start("kitskip-a", "kitskip_a", Map.of("lawfirm.bus.publish", true,
                "lawfirm.bus.partitions", 1));
        String other = UUID.randomUUID().toString();
        send(Topics.of("kitskip-a"), "m-1", """
                {"eventId":"%s","type":"com.lawfirm.events.matter.MatterClosed","revision":"1",
                 "timestamp":"2026-11-29T08:00:00Z","aggregateType":"Matter","aggregateId":"m-1","sequenceNumber":7,
                 "metadata":{},"payload":{"matterId":["not","a","string"],"closedOn":"结案 closed"}}""".formatted(other));
        List<String> notes = create(a, 3);
        awaitHandledOnce(b, notes);

        assertThat(jdbc(b).queryForObject("SELECT count(*) FROM parked_event", Long.class)).isZero();
        assertThat(jdbc(b).queryForObject("SELECT count(*) FROM consumed_event WHERE event_id = ?", Long.class, other)).isZero();
        assertThat(jdbc(b).queryForObject("SELECT count(*) FROM consumed_event", Long.class)).isEqualTo(3);

        // idle, the group commits its position at once (while busy, every commit-interval): past all four records
        TopicPartition partition = new TopicPartition(Topics.of("kitskip-a"), 0);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("lawfirm.kitskip-b.ledger")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() == 4;
            });
        }
    }

    private static void send(String topic, String key, String value) {
        try (KafkaTestClient kafka = KafkaTestClient.on(TestStack.get().bootstrapServers())) {
            kafka.publishEnvelope(topic, key, value);
        }
    }


    private ConfigurableApplicationContext producer(boolean publish) {
        return start("kitbus-a", "kitbus_a", Map.of("lawfirm.bus.publish", publish));
    }

    private ConfigurableApplicationContext consumer() {
        return start("kitbus-b", "kitbus_b", Map.of("lawfirm.bus.publish", false, "lawfirm.bus.consumers.ledger", TOPIC));
    }

    private ConfigurableApplicationContext start(String service, String database, Map<String, Object> extra) {
        return services.start(service, database, extra);
    }

    private void stop(ConfigurableApplicationContext context) {
        services.stop(context);
    }

    private static List<String> create(ConfigurableApplicationContext service, int count) {
        CommandGateway commands = service.getBean(CommandGateway.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateNote(id, "委托事项 " + i))
                    .andMetaData(Map.of("userId", "wang.fang")));
            ids.add(id);
        }
        return ids;
    }

    private static void awaitHandledOnce(ConfigurableApplicationContext consumer, List<String> notes) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Long total = jdbc(consumer).queryForObject("SELECT count(*) FROM handled_note", Long.class);
            Long distinct = jdbc(consumer).queryForObject("SELECT count(DISTINCT note_id) FROM handled_note", Long.class);
            assertThat(distinct).isEqualTo(notes.size());
            assertThat(total).isEqualTo(notes.size());
        });
    }

    private static long handled(ConfigurableApplicationContext consumer, String note) {
        return jdbc(consumer).queryForObject("SELECT count(*) FROM handled_note WHERE note_id = ?", Long.class, note);
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class);
    }

    private static void redeliverWholeTopic() {
        String servers = TestStack.get().bootstrapServers();
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "redeliver-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            reader.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                reader.poll(Duration.ofMillis(200)).forEach(all::add);
                return all.size() >= 20;
            });
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            all.forEach(r -> producer.send(new ProducerRecord<>(TOPIC, r.key(), r.value())));
            producer.flush();
        }
    }
}
