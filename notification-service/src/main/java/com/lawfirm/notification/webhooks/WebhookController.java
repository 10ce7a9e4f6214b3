package com.lawfirm.notification.webhooks;

import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The webhook subscriptions over HTTP: administrators read them (secrets hidden) and replace them as a whole. */
@RestController
@RequestMapping("/api/webhooks")
@PreAuthorize("hasRole('ADMIN')")
class WebhookController {

    record SubscriptionIn(@Size(max = 64) String id, @NotBlank @Size(max = 2000) String url,
                          @NotBlank @Size(min = 16, max = 200) String secret,
                          @NotNull @Size(min = 1, max = 100) List<@Pattern(regexp = "[A-Z][A-Za-z]{1,99}") String> events) {
    }

    private final ReadModelStore store;
    private final WebhookChannel webhooks;
    private final TransactionTemplate transaction;

    WebhookController(ReadModelStore store, WebhookChannel webhooks, PlatformTransactionManager transactions) {
        this.store = store;
        this.webhooks = webhooks;
        this.transaction = new TransactionTemplate(transactions);
    }

    @GetMapping
    List<WebhookSubscription> list() {
        return webhooks.subscriptions().stream().map(WebhookSubscription::withoutSecret).toList();
    }

    /**
     * Replaces every subscription with these; an entry without an id gets one. The new ones take over at once, never
     * one by one: the webhook consumer judges which events to read by the subscriptions it finds, and a type missing
     * for a moment would have its events passed over for good.
     */
    @PutMapping
    List<WebhookSubscription> replace(@RequestBody @Size(max = 100) List<@Valid @NotNull SubscriptionIn> body) {
        for (SubscriptionIn in : body) {
            URI url = URI.create(in.url().strip());
            if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
                throw new InvalidFieldException("url", "must be an http or https address");
            }
        }
        if (body.isEmpty()) {
            store.clear(WebhookChannel.SUBSCRIPTIONS);
            return list();
        }
        // written aside, then put in place of the old ones: in one transaction, or one rename where the store is MongoDB
        String staged = WebhookChannel.SUBSCRIPTIONS + "-" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            for (SubscriptionIn in : body) {
                String id = in.id() == null ? UUID.randomUUID().toString() : in.id();
                store.upsert(staged, id, 1, new WebhookSubscription(id, in.url().strip(), in.secret(),
                        List.copyOf(in.events())));
            }
            store.replace(WebhookChannel.SUBSCRIPTIONS, staged);
        });
        return list();
    }
}
