package com.lawfirm.kit.bus;

import org.springframework.context.SmartLifecycle;

import java.util.List;

/** The Kafka-fed sources of one service, started after its processors and stopped before them. */
public class KafkaEventSources implements SmartLifecycle {

    private final List<KafkaEventSource> sources;
    private volatile boolean running;

    public KafkaEventSources(List<KafkaEventSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<KafkaEventSource> all() {
        return sources;
    }

    @Override
    public void start() {
        sources.forEach(KafkaEventSource::start);
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
