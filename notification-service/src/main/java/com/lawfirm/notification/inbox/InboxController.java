package com.lawfirm.notification.inbox;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelQuery;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The calling user's in-app inbox: notifications addressed to them or to one of their roles, newest first. */
@RestController
@PreAuthorize("hasAnyRole('INTAKE', 'LAWYER', 'PARTNER', 'CONFLICTS_ANALYST', 'BILLING', 'ARCHIVIST', 'AUDITOR', 'ADMIN')")
class InboxController {

    private final ReadModelStore store;

    InboxController(ReadModelStore store) {
        this.store = store;
    }

    @GetMapping("/api/inbox")
    List<Notification> inbox(Authentication user) {
        List<Notification> all = new ArrayList<>();
        for (String recipient : recipients(user)) {
            all.addAll(store.find(Inbox.COLLECTION, ReadModelQuery.all().eq("recipient", recipient)
                    .sortDescending("createdAt").page(0, 200), Notification.class).items());
        }
        all.sort(Comparator.comparing((Notification n) -> n.createdAt).reversed());
        return all;
    }

    @PostMapping("/api/inbox/{id}/read")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void read(@PathVariable String id, Authentication user) {
        Notification n = store.get(Inbox.COLLECTION, id, Notification.class)
                .filter(found -> recipients(user).contains(found.recipient))
                .orElseThrow(() -> new NotFoundException("notification", id));
        if (!n.read) {
            n.read = true;
            n.readAt = Instant.now();
            store.put(Inbox.COLLECTION, id, n);
        }
    }

    private static List<String> recipients(Authentication user) {
        List<String> recipients = new ArrayList<>();
        recipients.add(user.getName());
        for (GrantedAuthority authority : user.getAuthorities()) {
            if (authority.getAuthority().startsWith("ROLE_")) {
                recipients.add("role:" + authority.getAuthority().substring(5));
            }
        }
        return recipients;
    }
}
