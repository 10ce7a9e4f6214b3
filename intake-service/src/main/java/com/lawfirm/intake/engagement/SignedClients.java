package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.EngagementSigned;

import java.time.LocalDate;

/**
 * What the signing of an engagement asks of the client registry: whether an existing client may still be signed for,
 * the prospect registered as a client once its contract is complete, and the record that the client engaged the firm.
 * The registry answers from the client's own history, not from a read model that may lag. Declared here, where signing
 * needs it, so that engagements do not depend on the registry.
 */
public interface SignedClients {

    /** Refuses (409 {@code client-erased}) a signature for a client whose personal data was erased. */
    void refuseIfErased(String clientId);

    /**
     * Records that the client signed {@code engagementId}, complete on {@code signedOn}: a former client is current
     * again. Sent inside the signature's transaction, it fails with it, and a concurrent erasure of the client is
     * refused as a concurrent change (or this is, and the signature with it).
     */
    void engaged(String clientId, String engagementId, LocalDate signedOn);

    /**
     * Registers the prospect of {@code contract}'s inquiry as the client it binds ({@code contract.clientId()}): the
     * name the contract gives, the kind, contacts and source the inquiry recorded, its owner as the relationship's.
     * The consent recorded is the contract, complete on {@code completeOn}. Sent inside the signature's transaction, it
     * fails with it.
     */
    void registerProspect(EngagementSigned contract, LocalDate completeOn);
}
