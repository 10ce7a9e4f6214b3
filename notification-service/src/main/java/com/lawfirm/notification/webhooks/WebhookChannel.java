package com.lawfirm.notification.webhooks;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.notification.delivery.Channel;
import com.lawfirm.notification.delivery.Deliveries;
import com.lawfirm.notification.delivery.DeliveryView;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Events to other applications' webhooks: each (event, subscription) logged and queued once, POSTed with an
 * HMAC-SHA256 signature, retried with backoff on any answer but 2xx, parked as dead after the configured attempts.
 */
@Component
public class WebhookChannel implements Channel {

    static final String TASK = "webhook";
    static final String NAME = "WEBHOOK";
    static final String SUBSCRIPTIONS = "webhooks";

    private final ReadModelStore store;
    private final Deliveries deliveries;
    private final Scheduler scheduler;
    private final OneTimeTask<WebhookCall> task;

    WebhookChannel(ReadModelStore store, Deliveries deliveries, Scheduler scheduler, OneTimeTask<WebhookCall> task) {
        this.store = store;
        this.deliveries = deliveries;
        this.scheduler = scheduler;
        this.task = task;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The subscriptions as they stand. */
    List<WebhookSubscription> subscriptions() {
        return store.find(SUBSCRIPTIONS, ReadModelQuery.all().page(0, ReadModelQuery.MAX_PAGE_SIZE),
                WebhookSubscription.class).items();
    }

    /** Queues the event for each of the subscriptions that want it, once per event and subscription. */
    void deliver(List<WebhookSubscription> wanting, String eventId, String eventType, String subjectId, String body) {
        for (WebhookSubscription subscription : wanting) {
            DeliveryView delivery = new DeliveryView();
            delivery.id = eventId + ":" + subscription.id() + ":" + NAME;
            delivery.eventId = eventId;
            delivery.channel = NAME;
            delivery.recipient = "webhook:" + subscription.id();
            delivery.address = subscription.url();
            delivery.templateKey = eventType;
            delivery.subjectId = subjectId;
            delivery.body = body;
            delivery.status = "PENDING";
            if (deliveries.open(delivery)) {
                scheduler.scheduleIfNotExists(task.instance(delivery.id, new WebhookCall(delivery.id,
                        subscription.url(), subscription.secret(), eventType, body)), Instant.now());
            }
        }
    }

    @Override
    public void resend(DeliveryView delivery) {
        String subscriptionId = delivery.recipient.substring("webhook:".length());
        WebhookSubscription subscription = store.get(SUBSCRIPTIONS, subscriptionId, WebhookSubscription.class)
                .orElseThrow(() -> new com.lawfirm.kit.problem.RuleViolationException("subscription-gone",
                        "the webhook subscription " + subscriptionId + " no longer exists"));
        scheduler.schedule(task.instance(delivery.id, new WebhookCall(delivery.id, subscription.url(),
                subscription.secret(), delivery.templateKey, delivery.body)), Instant.now());
    }

    /** The task that calls: signed, each attempt logged, any answer but 2xx retried. */
    static OneTimeTask<WebhookCall> task(WebhookProperties properties, ReadModelStore store, MeterRegistry meters) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        return Tasks.oneTime(TASK, WebhookCall.class)
                .onFailure(Deliveries.retries(store, meters, NAME, properties.maxAttempts(), properties.backoff()))
                .execute((instance, context) -> {
                    WebhookCall call = instance.getData();
                    Deliveries.attempted(store, call.deliveryId());
                    long timestamp = Instant.now().getEpochSecond();
                    try {
                        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(call.url()))
                                .timeout(properties.timeout())
                                .header("Content-Type", "application/json; charset=utf-8")
                                .header("X-Lawfirm-Event", call.eventType())
                                .header("X-Lawfirm-Delivery", call.deliveryId())
                                .header("X-Lawfirm-Timestamp", Long.toString(timestamp))
                                .header("X-Lawfirm-Signature", WebhookSignature.sign(call.secret(), timestamp, call.body()))
                                .POST(HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8)).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() / 100 != 2) {
                            throw new IllegalStateException("the receiver answered " + answer.statusCode());
                        }
                    } catch (Exception failed) {
                        if (failed instanceof InterruptedException) {
                            Thread.currentThread().interrupt();
                        }
                        Deliveries.failed(store, meters, call.deliveryId(), NAME, failed);
                        throw new IllegalStateException("webhook " + call.deliveryId() + " not delivered", failed);
                    }
                    Deliveries.sent(store, meters, call.deliveryId(), NAME);
                });
    }
}
