package com.lawfirm.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lawfirm.conflict.search.ConflictGraph;
import com.lawfirm.conflict.search.ConflictSearch;
import com.lawfirm.conflict.search.GraphFeeder;
import com.lawfirm.conflict.search.GraphLoader;
import com.lawfirm.conflict.search.PartyIndex;
import com.lawfirm.conflict.search.Rechecks;
import com.lawfirm.conflict.search.SearchedParty;
import com.lawfirm.events.conflict.ImportedParty;
import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.kit.bus.BusProperties;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.bus.TopicAdmin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The conflict index at a firm's scale (default 1,000,000 parties and 3,000,000 relationships): the graph and its
 * Lucene index built from Kafka, as a ratio to a plain consumer reading the same topic; search latency p50/p99
 * with 2-hop affiliates, beside a PostgreSQL pg_trgm similarity query over the same names; heap used.
 * <p>{@code benchmarks/run conflict-index [--parties 1000000] [--relationships 3000000] [--queries 2000]}
 */
public final class ConflictIndex {

    private static final String TOPIC = "bench.party-graph";
    private static final int TRIGRAM_QUERIES = 200;

    private ConflictIndex() {
    }

    public static void main(String[] args) {
        Measure.runAndExit(args, ConflictIndex::run);
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args, Map.of("--parties", "1000000", "--relationships", "3000000",
                "--queries", "2000"));
        int parties = Integer.parseInt(options.get("--parties"));
        int relationships = Integer.parseInt(options.get("--relationships"));
        int queries = Integer.parseInt(options.get("--queries"));
        BenchStack stack = new BenchStack();
        BusProperties bus = new BusProperties(stack.bootstrapServers(), true, 6, (short) 1, Map.of(),
                Duration.ofMillis(200), Duration.ofSeconds(30), 5, Duration.ofSeconds(1), 500);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        EnvelopeCodec codec = new EnvelopeCodec(JacksonSerializer.builder().objectMapper(json).build(), json);
        SyntheticFirm firm = new SyntheticFirm(parties, relationships, 42);

        TopicAdmin.ensureTopics(bus, List.of(TOPIC));
        long started = System.nanoTime();
        long records = publish(firm, codec, bus);
        System.out.printf("published %,d records (%,d matters, %,d affiliations) in %.0f s%n", records, firm.matters(),
                firm.affiliations(), (System.nanoTime() - started) / 1e9);

        double plain = plainRead(bus, records);
        ConflictGraph graph = new ConflictGraph();
        PartyIndex index = new PartyIndex(Files.createTempDirectory("bench-conflict-index"));
        Rechecks rechecks = new Rechecks(graph, index, 2, null);
        GraphFeeder feeder = new GraphFeeder(graph, index, new GraphLoader(graph, index, rechecks), rechecks, null, codec, bus,
                List.of(TOPIC));
        started = System.nanoTime();
        feeder.start();
        long lastRead = -1;
        long lastProgress = System.nanoTime();
        while (feeder.status().eventsRead() < records) {
            long read = feeder.status().eventsRead();
            if (read != lastRead) {
                lastRead = read;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException("the index stopped at " + read + " of " + records + " records");
            }
            Thread.sleep(50);
        }
        double build = records / ((System.nanoTime() - started) / 1e9);
        feeder.stop();
        System.gc();
        long heap = Measure.heapUsedMb();

        ConflictSearch search = new ConflictSearch(graph, index, 2);
        List<SearchedParty> asked = queries(parties, queries);
        asked.subList(0, Math.min(200, asked.size())).forEach(search::search);
        List<Long> lucene = new ArrayList<>();
        AtomicLong hits = new AtomicLong();
        for (SearchedParty party : asked) {
            long t = System.nanoTime();
            hits.addAndGet(search.search(party).size());
            lucene.add(System.nanoTime() - t);
        }
        // a trigram query over a million names takes far longer: the comparison runs on the first queries only
        List<SearchedParty> compared = asked.subList(0, Math.min(TRIGRAM_QUERIES, asked.size()));
        long[] p = Measure.sorted(trigram(stack, parties, compared));
        long[] same = Measure.sorted(lucene.subList(0, compared.size()));
        long[] l = Measure.sorted(lucene);
        System.out.printf("conflict index, %,d parties in the graph, %,d relationships, %,d queries:%n", graph.size(),
                relationships, queries);
        System.out.printf("  build from Kafka         %10.0f records/s%n", build);
        System.out.printf("  plain consumer           %10.0f records/s (baseline)%n", plain);
        System.out.printf("  build ratio %.2f%n", build / plain);
        System.out.printf("  search (2-hop affiliates) p50 %.2f ms, p99 %.2f ms (target p99 < 50 ms), %.1f hits/query%n",
                Measure.percentile(l, 50) / 1e6, Measure.percentile(l, 99) / 1e6, hits.get() / (double) queries);
        System.out.printf("  pg_trgm similarity        p50 %.2f ms, p99 %.2f ms over the first %d queries (baseline)%n",
                Measure.percentile(p, 50) / 1e6, Measure.percentile(p, 99) / 1e6, compared.size());
        System.out.printf("  search/pg_trgm ratio on those queries: p50 %.3f, p99 %.3f (below 1 is faster)%n",
                Measure.percentile(same, 50) / (double) Measure.percentile(p, 50),
                Measure.percentile(same, 99) / (double) Measure.percentile(p, 99));
        System.out.printf("  heap used after build %,d MB%n", heap);
        index.close();
    }

    private static long publish(SyntheticFirm firm, EnvelopeCodec codec, BusProperties bus) {
        AtomicLong sent = new AtomicLong();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            firm.records(record -> {
                long n = sent.incrementAndGet();
                producer.send(new ProducerRecord<>(TOPIC, Long.toString(n), codec.encode(GenericEventMessage.asEventMessage(record))));
            });
        }
        return sent.get();
    }

    /** A consumer that only reads the records, as fast as the broker gives them: records per second. */
    private static double plainRead(BusProperties bus, long records) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            long bytes = 0;
            long started = System.nanoTime();
            while (read < records) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    read++;
                    bytes += record.value().length();
                }
            }
            double rate = read / ((System.nanoTime() - started) / 1e9);
            System.out.printf("plain consumer read %,d records (%,d MB of text)%n", read, bytes >> 20);
            return rate;
        }
    }

    /** Names as staff type them: as stored, with the region moved, with a typo; and unseen names. */
    private static List<SearchedParty> queries(int parties, int count) {
        Random random = new Random(7);
        List<SearchedParty> asked = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            ImportedParty party = SyntheticFirm.party(random.nextInt(parties), null);
            String name = switch (q % 4) {
                case 0 -> party.name();
                case 1 -> party.name().length() > 4 ? party.name().substring(2, 4) + party.name().substring(4)
                        + "（" + party.name().substring(0, 2) + "）" : party.name();
                case 2 -> party.name().replaceFirst("[aeiou]", "e");
                default -> SyntheticFirm.englishCompany(random.nextInt(1_000_000) + 5_000_000).replace("Ltd", "Trading Co.");
            };
            asked.add(new SearchedParty(CheckRole.ADVERSE, party.kind(), name, List.of(), List.of()));
        }
        return asked;
    }

    /** The same names in PostgreSQL with a trigram index, each query a similarity search: latencies in ns. */
    private static List<Long> trigram(BenchStack stack, int parties, List<SearchedParty> asked) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.database("bench_trgm"), stack.user(), stack.password())) {
            db.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            db.createStatement().execute("CREATE TABLE party (id INT PRIMARY KEY, name TEXT NOT NULL)");
            db.setAutoCommit(false);
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO party VALUES (?, ?)")) {
                for (int p = 0; p < parties; p++) {
                    insert.setInt(1, p);
                    insert.setString(2, SyntheticFirm.party(p, null).name());
                    insert.addBatch();
                    if (p % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
            db.setAutoCommit(true);
            db.createStatement().execute("CREATE INDEX party_name_trgm ON party USING gin (name gin_trgm_ops)");
            db.createStatement().execute("ANALYZE party");
            List<Long> latencies = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT id, name FROM party WHERE name % ? ORDER BY similarity(name, ?) DESC LIMIT 20")) {
                for (int round = 0; round < 2; round++) {
                    // the first round warms PostgreSQL's caches, the second is measured
                    latencies.clear();
                    for (SearchedParty party : round == 0 ? asked.subList(0, Math.min(20, asked.size())) : asked) {
                        long t = System.nanoTime();
                        query.setString(1, party.name());
                        query.setString(2, party.name());
                        try (ResultSet rows = query.executeQuery()) {
                            while (rows.next()) {
                                rows.getString(2);
                            }
                        }
                        latencies.add(System.nanoTime() - t);
                    }
                }
            }
            return latencies;
        }
    }
}
