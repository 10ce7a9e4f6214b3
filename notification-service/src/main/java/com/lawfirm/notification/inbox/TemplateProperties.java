package com.lawfirm.notification.inbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Notification texts per template key and language (zh, en), with {placeholders}; editable per firm in
 * notification-service.yml.
 */
@ConfigurationProperties("lawfirm.notification")
public record TemplateProperties(Map<String, Map<String, Template>> templates) {

    public record Template(String title, String body) {
    }

    public TemplateProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }
}
