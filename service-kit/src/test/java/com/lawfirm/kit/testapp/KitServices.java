package com.lawfirm.kit.testapp;

import com.lawfirm.kit.testing.TestStack;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test services started as deployments start them, each on its own database, closed together at the end. */
final class KitServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    ConfigurableApplicationContext start(String service, String database, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(TestStack.get().serviceProperties(database));
        props.put("lawfirm.service.name", service);
        props.put("spring.flyway.locations", "classpath:db/kit,classpath:db/kittest");
        props.putAll(extra);
        // as arguments: they must outrank the kit's own defaults, as a deployment's settings do
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KitTestApplication.class).run(args);
        running.add(context);
        return context;
    }

    void stop(ConfigurableApplicationContext context) {
        context.close();
        running.remove(context);
    }

    /** How many segments of the processing group the instance holds. */
    static int held(ConfigurableApplicationContext service, String processingGroup) {
        return service.getBean(EventProcessingConfiguration.class)
                .eventProcessor(processingGroup, TrackingEventProcessor.class).orElseThrow().processingStatus().size();
    }

    @Override
    public void close() {
        running.forEach(ConfigurableApplicationContext::close);
        running.clear();
    }
}
