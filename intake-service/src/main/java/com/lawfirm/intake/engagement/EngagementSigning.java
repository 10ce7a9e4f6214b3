package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.EngagementDrafted;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.intake.engagement.EngagementCommands.SignEngagement;
import com.lawfirm.intake.inquiry.ProspectErasureGuard;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A signature, in one transaction with what it depends on: the prospect's erasure is excluded (through the guard), an
 * existing client erased is refused, and the signature that completes the contract is recorded on that client too. So
 * a client's erasure decided at the same moment conflicts with it on the client's history: one of the two is refused.
 * A prospect who completes the contract is registered as the firm's client in the same transaction, and the contract
 * binds that client: its matter, its fees and its erasure are the client's from then on.
 */
@Component
class EngagementSigning {

    private final CommandGateway commands;
    private final EventStore events;
    private final ProspectErasureGuard prospects;
    private final SignedClients clients;

    EngagementSigning(CommandGateway commands, EventStore events, ProspectErasureGuard prospects,
                      SignedClients clients) {
        this.commands = commands;
        this.events = events;
        this.prospects = prospects;
        this.clients = clients;
    }

    void sign(SignEngagement signature) {
        // the engagement as its first event recorded it: the inquiry it was drafted from, the client if one existed
        Optional<EngagementDrafted> drafted = first(signature.engagementId(), EngagementDrafted.class);
        if (drafted.isEmpty()) {
            commands.sendAndWait(signature); // no such engagement: answered 404
            return;
        }
        String clientId = drafted.get().clientId();
        // a prospect who completes the contract becomes the firm's client: registered under this id, in this transaction
        SignEngagement sent = clientId != null ? signature : new SignEngagement(signature.engagementId(),
                signature.side(), signature.signatory(), signature.signedOn(), UUID.randomUUID().toString());
        prospects.signing(drafted.get().inquiryId(), () -> {
            if (clientId != null) {
                clients.refuseIfErased(clientId);
            }
            commands.sendAndWait(sent);
            first(sent.engagementId(), EngagementSigned.class).ifPresent(signed -> {
                if (clientId == null) {
                    clients.registerProspect(signed, later(signed));
                }
                clients.engaged(signed.clientId(), signed.engagementId(), later(signed));
            });
        });
    }

    /** The day the contract was complete: the later of the two signatures. */
    private static LocalDate later(EngagementSigned signed) {
        if (signed.clientSignedOn() == null) {
            return signed.firmSignedOn();
        }
        return signed.firmSignedOn() == null || signed.clientSignedOn().isAfter(signed.firmSignedOn())
                ? signed.clientSignedOn() : signed.firmSignedOn();
    }

    private <T> Optional<T> first(String engagementId, Class<T> type) {
        return events.readEvents(engagementId).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).findFirst();
    }
}
