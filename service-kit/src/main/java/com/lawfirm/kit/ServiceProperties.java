package com.lawfirm.kit;

import com.lawfirm.events.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who this service is: its name decides its Kafka topic ({@code lawfirm.<name>.events}) and its consumer groups.
 *
 * @param name the service's short name: intake, conflict, matter, billing or notification
 */
@ConfigurationProperties("lawfirm.service")
public record ServiceProperties(String name) {

    public ServiceProperties {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("lawfirm.service.name must be a lower-case service name, was: " + name);
        }
    }

    public String topic() {
        return Topics.of(name);
    }
}
