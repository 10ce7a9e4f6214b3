package com.lawfirm.notification.email;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.lawfirm.kit.readmodel.ReadModelStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
@EnableConfigurationProperties(MailProperties.class)
class EmailConfiguration {

    @Bean
    OneTimeTask<Email> emailTask(JavaMailSender mail, MailProperties properties, ReadModelStore store,
                                 MeterRegistry meters) {
        return EmailChannel.task(mail, properties, store, meters);
    }
}
