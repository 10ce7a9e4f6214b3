package com.lawfirm.intake.client;

import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.PersonalDataConsent;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.FormerName;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the client registry's API, with their limits. */
final class ClientRequests {

    private ClientRequests() {
    }

    record NewClient(
            @NotNull PartyKind kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> aliases,
            @Size(max = 20) List<@Valid @NotNull FormerNameIn> formerNames,
            @Size(max = 10) List<@Valid @NotNull IdentifierIn> identifiers,
            @Size(max = 20) List<@Valid @NotNull ContactIn> contacts,
            Language preferredLanguage,
            @Size(max = 100) String relationshipOwner,
            @Valid SourceIn source,
            @Valid ConsentIn consent) {
    }

    record DetailsChange(
            @Size(max = 20) List<@Valid @NotNull ContactIn> contacts,
            Language preferredLanguage,
            @Size(max = 100) String relationshipOwner) {
    }

    record AliasIn(@NotBlank @Size(max = 200) String alias) {
    }

    record NameChange(@NotBlank @Size(max = 200) String newName, LocalDate effectiveFrom) {
    }

    record FormerClient(LocalDate since, @Size(max = 1000) String reason) {
    }

    record FormerNameIn(@NotBlank @Size(max = 200) String name, LocalDate until) {
        FormerName toFormerName() {
            return new FormerName(name, until);
        }
    }

    record IdentifierIn(@NotNull IdentifierScheme scheme, @NotBlank @Size(max = 64) String value) {
        PartyIdentifier toIdentifier() {
            return new PartyIdentifier(scheme, value);
        }
    }

    record ContactIn(@NotNull Contact.ContactKind kind, @NotBlank @Size(max = 300) String value,
                     @Size(max = 100) String label) {
        Contact toContact() {
            return new Contact(kind, value, label);
        }
    }

    record SourceIn(@NotNull SourceChannel channel, @Size(max = 64) String referrerClientId, @Size(max = 500) String note) {
        ClientSource toSource() {
            return new ClientSource(channel, referrerClientId, note);
        }
    }

    record ConsentIn(@NotBlank @Size(max = 500) String purpose, @Min(1) @Max(100) int retentionYears,
                     @NotNull LocalDate givenOn, @Size(max = 100) String method) {
        PersonalDataConsent toConsent() {
            return new PersonalDataConsent(purpose, retentionYears, givenOn, method);
        }
    }

    static <I, O> List<O> map(List<I> in, java.util.function.Function<I, O> f) {
        return in == null ? List.of() : in.stream().map(f).toList();
    }
}
