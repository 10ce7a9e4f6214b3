package com.lawfirm.intake.client;

import com.lawfirm.kit.problem.RuleViolationException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The firm acts for a client while any of its matters is open: the client is then neither marked former nor erased.
 * Read from the matters matter-service reported; a matter opened a moment ago may not be there yet, but the signed
 * engagement it comes from already made the client current.
 */
@Component
class OpenMatters {

    private final ClientMattersProjection matters;

    OpenMatters(ClientMattersProjection matters) {
        this.matters = matters;
    }

    /** 409 {@code matters-open}, naming them, while the client has an open matter. */
    void refuseWhileOpen(String clientId) {
        List<ClientMattersProjection.ClientMatter> open = matters.openOfClient(clientId);
        if (!open.isEmpty()) {
            throw new RuleViolationException("matters-open", "the firm still acts for the client on "
                    + open.stream().map(ClientMattersProjection.ClientMatter::matterNumber).collect(Collectors.joining(", "))
                    + ": a client is former once its matters are closed");
        }
    }
}
