package com.lawfirm.notification.delivery;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.Page;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The delivery log over HTTP: every e-mail and webhook call with its attempts and outcome; re-sending a dead one. */
@RestController
@RequestMapping("/api/notifications")
class DeliveryController {

    private final ReadModelStore store;
    private final Deliveries deliveries;
    private final List<Channel> channels;

    DeliveryController(ReadModelStore store, Deliveries deliveries, List<Channel> channels) {
        this.store = store;
        this.deliveries = deliveries;
        this.channels = channels;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    Page<DeliveryView> list(@RequestParam(required = false) String recipient, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String subjectId) {
        ReadModelQuery query = ReadModelQuery.all().sortDescending("createdAt").page(0, ReadModelQuery.MAX_PAGE_SIZE);
        if (recipient != null) {
            query.eq("recipient", recipient);
        }
        if (subjectId != null) {
            query.eq("subjectId", subjectId);
        }
        if (status != null) {
            query.eq("status", status);
        }
        return store.find(Deliveries.COLLECTION, query, DeliveryView.class);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
    DeliveryView get(@PathVariable String id) {
        return store.get(Deliveries.COLLECTION, id, DeliveryView.class).orElseThrow(() -> new NotFoundException("delivery", id));
    }

    @PostMapping("/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    void resend(@PathVariable String id) {
        DeliveryView delivery = deliveries.reopenDead(id);
        channels.stream().filter(c -> c.name().equals(delivery.channel)).findFirst().orElseThrow().resend(delivery);
    }
}
