package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Commands of the client registry. */
final class ClientCommands {

    private ClientCommands() {
    }

    record RegisterClient(String clientId, PartyKind kind, String name, List<String> aliases,
                          List<FormerName> formerNames, List<PartyIdentifier> identifiers, List<Contact> contacts,
                          Language preferredLanguage, String relationshipOwner, ClientSource source,
                          PersonalDataConsent consent) {
    }

    record UpdateClientDetails(@TargetAggregateIdentifier String clientId, List<Contact> contacts,
                               Language preferredLanguage, String relationshipOwner) {
    }

    record AddClientAlias(@TargetAggregateIdentifier String clientId, String alias) {
    }

    record AddClientIdentifier(@TargetAggregateIdentifier String clientId, PartyIdentifier identifier) {
    }

    record RenameClient(@TargetAggregateIdentifier String clientId, String newName, LocalDate effectiveFrom) {
    }

    /**
     * {@code closedEngagements}: the client's engagements whose matters are closed, as the read models know them; an
     * engagement on the client's history and not among them holds the client.
     */
    record MarkFormerClient(@TargetAggregateIdentifier String clientId, LocalDate since, String reason,
                            Set<String> closedEngagements) {
        MarkFormerClient {
            closedEngagements = closedEngagements == null ? Set.of() : Set.copyOf(closedEngagements);
        }
    }

    /** Record that the client signed {@code engagementId}, complete on {@code signedOn}: the firm acts for it again. */
    record RecordClientEngagement(@TargetAggregateIdentifier String clientId, String engagementId, LocalDate signedOn) {
    }

    record SetClientRetention(@TargetAggregateIdentifier String clientId, LocalDate retainUntil, String basis,
                              String setBy) {
    }

    record PlaceLegalHold(@TargetAggregateIdentifier String clientId, String holdId, String reason, LocalDate placedOn,
                          String placedBy) {
    }

    record LiftLegalHold(@TargetAggregateIdentifier String clientId, String holdId, LocalDate liftedOn, String liftedBy) {
    }

    /**
     * Erase the client's personal data on {@code today}. {@code files} are the client's inquiries and engagements,
     * whose prospect data and signatures are erased with it; {@code defaultRetentionYears} applies when neither
     * consent nor a recorded retention says. {@code today} is the firm's day, in {@code zone}: the day the client
     * became former is read in the same.
     */
    record EraseClientPersonalData(@TargetAggregateIdentifier String clientId, List<String> files, LocalDate today,
                                   ZoneId zone, int defaultRetentionYears, String requestId, String erasedBy) {
    }
}
