package com.lawfirm.kit.bus;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.readmodel.ShadowCopies;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.WakeupException;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.SubscribableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Feeds one processing group from Kafka topics. Each polled batch is handled in one database transaction by the
 * subscribed processor (whose handlers de-duplicate by event id); the Kafka position is committed only after that
 * transaction commits (while busy, at most every {@code commit-interval}: see {@link UncommittedPositions}). A failed
 * batch is rolled back, the consumer seeks back and tries again with growing backoff, so no event is skipped and none
 * is applied twice. Events of types none of the group's handlers take, or a {@link ConsumedTypes} of the group passes
 * by, are passed over unread.
 */
public class KafkaEventSource implements SubscribableMessageSource<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventSource.class);

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final String name;
    private final List<String> topics;
    private final Supplier<Consumer<String, String>> consumerFactory;
    private final EnvelopeCodec codec;
    private final BusProperties bus;
    private final ParkedSequences parked;
    private final String consumerName;
    private final List<java.util.function.Consumer<List<? extends EventMessage<?>>>> subscribers = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile long lag;
    private volatile Consumer<String, String> consumer;
    private Thread thread;
    private final GroupRebuilds rebuilds;
    private final TakenTypes taken;
    private final UncommittedPositions positions;

    public KafkaEventSource(String name, List<String> topics, Supplier<Consumer<String, String>> consumerFactory,
                            EnvelopeCodec codec, TransactionTemplate transaction, BusProperties bus,
                            ParkedEvents parked, String consumerName) {
        this.name = name;
        this.topics = List.copyOf(topics);
        this.consumerFactory = consumerFactory;
        this.codec = codec;
        this.bus = bus;
        this.parked = new ParkedSequences(parked, consumerName);
        this.consumerName = consumerName;
        this.taken = new TakenTypes(codec);
        this.positions = new UncommittedPositions(name, bus.commitInterval());
        this.rebuilds = new GroupRebuilds(this.topics, transaction);
    }

    @Override
    public Registration subscribe(java.util.function.Consumer<List<? extends EventMessage<?>>> messageProcessor) {
        subscribers.add(messageProcessor);
        return () -> subscribers.remove(messageProcessor);
    }

    /**
     * Which payload types the group takes (its handlers, narrowed by any {@link ConsumedTypes}): events of other types
     * are passed over unread, neither decoded (nor their personal data opened) nor recorded as consumed. Set once the
     * processors exist; until then all are read.
     */
    void judgedBy(TakenTypes.Judgement judgement) {
        taken.judgedBy(judgement);
    }

    public List<String> topics() {
        return topics;
    }

    public String name() {
        return name;
    }

    /**
     * Rebuilds the group's read model from the topics' first offsets into the rebuild's shadow copies; the consumer
     * thread starts it between batches.
     */
    public void rebuild(ShadowCopies.Rebuild shadow, ShadowCopies shadows, ReadModelStore store, JdbcTemplate jdbc) {
        rebuilds.request(new KafkaRebuild(name, consumerName, shadows, store, jdbc, shadow));
    }

    /** Whether a rebuild is asked for or under way. */
    public boolean rebuilding() {
        return rebuilds.underWay();
    }

    /** Whether this instance holds every partition of the topics (as of its last poll), as a rebuild needs. */
    public boolean holdsEveryPartition() {
        return rebuilds.holdsEveryPartition();
    }

    /** Whether its consumer runs: false from the moment a stop is asked for. */
    public boolean isRunning() {
        return running;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "kafka-source-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        Consumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long backoffMillis = 0;
        int attempts = 0;
        Consumer<String, String> kafka = consumerFactory.get();
        try {
            consumer = kafka;
            parked.load();
            kafka.subscribe(topics, positions.listener(kafka));
            while (running) {
                if (subscribers.isEmpty()) {
                    // never take records from Kafka while no processor is there to handle them
                    pause(50);
                    continue;
                }
                rebuilds.startRequested(kafka);
                ConsumerRecords<String, String> records = kafka.poll(bus.pollTimeout());
                lag = KafkaPositions.remaining(kafka);
                if (records.isEmpty()) {
                    positions.commitNow(kafka);
                    rebuilds.takeOverIfCaughtUp(kafka);
                    continue;
                }
                try {
                    taken.beforeBatch();
                    if (attempts >= bus.maxAttempts()) {
                        handleOneByOne(records, kafka);
                    } else {
                        handle(records, kafka);
                    }
                    positions.handled(records);
                    positions.commitIfDue(kafka);
                    backoffMillis = 0;
                    attempts = 0;
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    if (running) {
                        // a handler interrupted past its time limit leaves the flag; it must not end this consumer
                        Thread.interrupted();
                    }
                    // a store that is away is waited out: it says nothing about the events, so nothing is parked
                    attempts = Outages.isOutage(e) ? 0 : attempts + 1;
                    backoffMillis = Math.min(Math.max(100, backoffMillis * 2), bus.maxRetryBackoff().toMillis());
                    log.warn("{}: handling {} events failed (attempt {}), retrying in {} ms: {}", name, records.count(),
                            attempts, backoffMillis, e.toString());
                    KafkaPositions.rewind(kafka, records);
                    pause(backoffMillis);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("{}: the Kafka consumer stopped", name, e);
        } finally {
            positions.commitNow(kafka);
            consumer = null;
            // bounded: a broker that is already gone must not hold up the service's shutdown
            kafka.close(CLOSE_TIMEOUT);
        }
    }

    private void handle(ConsumerRecords<String, String> records, Consumer<String, String> kafka) {
        List<EventMessage<?>> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            if (!taken.takes(record.value())) {
                continue;
            }
            codec.decode(record.value()).ifPresent(event -> {
                if (!parked.parkedBehindAnother(event, record)) {
                    events.add(event);
                }
            });
        }
        if (events.isEmpty()) {
            rebuilds.takeOverIfCaughtUp(kafka);
            return;
        }
        deliver(events, kafka);
    }

    private void deliver(List<? extends EventMessage<?>> events, Consumer<String, String> kafka) {
        rebuilds.deliver(() -> subscribers.forEach(subscriber -> subscriber.accept(events)), kafka);
    }

    /** Records not yet handled, as of the last poll (0 when nothing is known yet). */
    public long lag() {
        return lag;
    }

    /**
     * After the batch failed {@code maxAttempts} times: each event alone, in its own transaction. One that still
     * fails is parked with the reason, and so is every later event of its sequence (aggregate), so per-aggregate
     * order holds while the rest of the stream goes on.
     */
    private void handleOneByOne(ConsumerRecords<String, String> records, Consumer<String, String> kafka) {
        for (ConsumerRecord<String, String> record : records) {
            EventMessage<?> event;
            try {
                event = taken.takes(record.value()) ? codec.decode(record.value()).orElse(null) : null;
            } catch (RuntimeException unreadable) {
                parked.parkUnreadable(record, unreadable);
                continue;
            }
            if (event == null || parked.parkedBehindAnother(event, record)) {
                continue;
            }
            try {
                deliver(List.of(event), kafka);
            } catch (RuntimeException e) {
                if (Outages.isOutage(e)) {
                    throw e; // the whole batch is tried again once the store is back
                }
                log.error("{}: parking event {} of sequence {}: {}", name, event.getIdentifier(),
                        ParkedSequences.sequenceOf(event), e.toString());
                parked.park(event, record, e.toString());
            }
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
