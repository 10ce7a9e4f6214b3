package com.lawfirm.kit.bus;

import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The Kafka-fed sources of one service, started after its processors and stopped before them. */
public class KafkaEventSources implements SmartLifecycle {

    private final List<KafkaEventSource> sources;
    /** Which payload types a group takes, judged from its processor's handlers once the processors exist. */
    private final Function<String, Optional<TakenTypes.Judgement>> judgements;
    private volatile boolean running;

    KafkaEventSources(List<KafkaEventSource> sources, Function<String, Optional<TakenTypes.Judgement>> judgements) {
        this.sources = List.copyOf(sources);
        this.judgements = judgements;
    }

    public List<KafkaEventSource> all() {
        return sources;
    }

    @Override
    public void start() {
        sources.forEach(source -> {
            judgements.apply(source.name()).ifPresent(source::judgedBy);
            source.start();
        });
        running = true;
    }

    @Override
    public void stop() {
        sources.forEach(KafkaEventSource::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
