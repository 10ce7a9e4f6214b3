package com.lawfirm.notification.email;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.notification.delivery.Channel;
import com.lawfirm.notification.delivery.Deliveries;
import com.lawfirm.notification.delivery.DeliveryView;
import com.lawfirm.notification.inbox.Inbox;
import com.lawfirm.notification.inbox.TemplateProperties;
import com.lawfirm.notification.inbox.Templates;
import com.lawfirm.notification.preferences.Preferences;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * E-mail through the scheduler: each (event, recipient) is logged and queued once, sent by a task that is retried
 * with exponential backoff and, after the configured attempts, parked as dead until someone re-sends it.
 */
@Component
public class EmailChannel implements Channel {

    static final String TASK = "email";
    static final String NAME = "EMAIL";

    private final Deliveries deliveries;
    private final Templates templates;
    private final Preferences preferences;
    private final Scheduler scheduler;
    private final OneTimeTask<Email> task;

    EmailChannel(Deliveries deliveries, Templates templates, Preferences preferences, Scheduler scheduler,
                 OneTimeTask<Email> task) {
        this.deliveries = deliveries;
        this.templates = templates;
        this.preferences = preferences;
        this.scheduler = scheduler;
        this.task = task;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Logs and queues the e-mail unless this event already went to this recipient; without an address, logs that. */
    public void send(String eventId, String recipient, String address, String language, String templateKey,
                     String subjectId, Map<String, String> values) {
        if (!preferences.wants(recipient, templateKey)) {
            return;
        }
        TemplateProperties.Template template = templates.get(templateKey, language);
        DeliveryView delivery = new DeliveryView();
        delivery.id = eventId + ":" + recipient + ":" + NAME;
        delivery.eventId = eventId;
        delivery.channel = NAME;
        delivery.recipient = recipient;
        delivery.address = address;
        delivery.templateKey = templateKey;
        delivery.subjectId = subjectId;
        delivery.language = language;
        delivery.subject = Inbox.render(template.title(), values);
        delivery.body = Inbox.render(template.body(), values);
        delivery.status = address == null ? "UNDELIVERABLE" : "PENDING";
        if (deliveries.open(delivery) && address != null) {
            scheduler.scheduleIfNotExists(task.instance(delivery.id, new Email(delivery.id, address, delivery.subject,
                    delivery.body)), preferences.when(recipient, templateKey, Instant.now()));
        }
    }

    @Override
    public void resend(DeliveryView delivery) {
        scheduler.schedule(task.instance(delivery.id, new Email(delivery.id, delivery.address, delivery.subject,
                delivery.body)), Instant.now());
    }

    /** The task that sends: each attempt logged; retried with backoff; parked as dead after the last attempt. */
    static OneTimeTask<Email> task(JavaMailSender mail, MailProperties properties, ReadModelStore store,
                                   MeterRegistry meters) {
        return Tasks.oneTime(TASK, Email.class)
                .onFailure(Deliveries.retries(store, meters, NAME, properties.maxAttempts(), properties.backoff()))
                .execute((instance, context) -> {
                    Email email = instance.getData();
                    Deliveries.attempted(store, email.deliveryId());
                    try {
                        MimeMessage message = mail.createMimeMessage();
                        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                        helper.setFrom(properties.from());
                        helper.setTo(email.to());
                        helper.setSubject(email.subject());
                        helper.setText(email.body());
                        mail.send(message);
                    } catch (Exception failed) {
                        Deliveries.failed(store, meters, email.deliveryId(), NAME, failed);
                        throw new IllegalStateException("e-mail " + email.deliveryId() + " not sent", failed);
                    }
                    Deliveries.sent(store, meters, email.deliveryId(), NAME);
                });
    }
}
