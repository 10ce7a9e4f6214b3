package com.lawfirm.notification.webhooks;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.lawfirm.kit.readmodel.ReadModelStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    OneTimeTask<WebhookCall> webhookTask(WebhookProperties properties, ReadModelStore store, MeterRegistry meters) {
        return WebhookChannel.task(properties, store, meters);
    }
}
