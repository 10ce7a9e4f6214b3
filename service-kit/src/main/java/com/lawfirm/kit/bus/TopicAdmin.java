package com.lawfirm.kit.bus;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the topics a service publishes to or reads, before anything uses them. They keep every event for ever:
 * read models, the conflict graph and rebuilds read them from the first offset.
 */
public final class TopicAdmin {

    private TopicAdmin() {
    }

    public static void ensureTopics(BusProperties bus, Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bus.bootstrapServers()))) {
            for (String topic : topics) {
                try {
                    admin.createTopics(java.util.List.of(new NewTopic(topic, bus.partitions(), bus.replicationFactor())
                                    .configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"))))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + topic, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker at " + bus.bootstrapServers() + " did not answer", e);
        }
    }
}
