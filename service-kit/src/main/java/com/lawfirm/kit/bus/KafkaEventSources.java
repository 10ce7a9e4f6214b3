package com.lawfirm.kit.bus;

import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The Kafka-fed sources of one service, started after its processors and stopped before them. */
public class KafkaEventSources implements SmartLifecycle {

    private final List<KafkaEventSource> sources;
    /** A group's processor's judgement of which payload types its handlers take, once the processors exist. */
    private final Function<String, Optional<Predicate<Class<?>>>> handlers;
    private volatile boolean running;

    public KafkaEventSources(List<KafkaEventSource> sources, Function<String, Optional<Predicate<Class<?>>>> handlers) {
        this.sources = List.copyOf(sources);
        this.handlers = handlers;
    }

    public List<KafkaEventSource> all() {
        return sources;
    }

    @Override
    public void start() {
        sources.forEach(source -> {
            handlers.apply(source.name()).ifPresent(source::handling);
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
