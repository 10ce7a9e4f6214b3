package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.CheckRole;
import com.lawfirm.events.intake.CheckedParty;
import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.ContactChannel;
import com.lawfirm.events.intake.DeclineReason;
import com.lawfirm.events.intake.Difficulty;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.IdentifierScheme;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The JSON bodies of the inquiry API, with their limits. */
final class InquiryRequests {

    private InquiryRequests() {
    }

    record SourceIn(@NotNull SourceChannel channel, @Size(max = 64) String referrerClientId, @Size(max = 500) String note) {
        ClientSource toSource() {
            return new ClientSource(channel, referrerClientId, note);
        }
    }

    record ContactIn(@NotNull Contact.ContactKind kind, @NotBlank @Size(max = 300) String value, @Size(max = 100) String label) {
        Contact toContact() {
            return new Contact(kind, value, label);
        }
    }

    record ProspectIn(@NotNull PartyKind kind, @NotBlank @Size(max = 200) String name,
                      @Size(max = 10) List<@Valid @NotNull ContactIn> contacts) {
        Prospect toProspect() {
            return new Prospect(kind, name, map(contacts, ContactIn::toContact));
        }
    }

    record NewInquiry(@NotNull @Valid SourceIn source, @NotNull @Valid ProspectIn prospect,
                      @Size(max = 2000) String roughNeed, @Size(max = 100) String owner,
                      @Size(max = 64) String existingClientId) {
    }

    record ContactLog(@NotNull ContactChannel channel, @NotNull Instant at, @Size(max = 200) String withWhom,
                      @NotBlank @Size(max = 10_000) String summary) {
    }

    record Need(@NotBlank @Size(max = 2000) String coreNeed, @Size(max = 20_000) String background) {
    }

    record IdentifierIn(@NotNull IdentifierScheme scheme, @NotBlank @Size(max = 64) String value) {
        PartyIdentifier toIdentifier() {
            return new PartyIdentifier(scheme, value);
        }
    }

    record PartyIn(@NotNull CheckRole role, @NotNull PartyKind kind, @NotBlank @Size(max = 200) String name,
                   @Size(max = 20) List<@NotBlank @Size(max = 200) String> aliases,
                   @Size(max = 10) List<@Valid @NotNull IdentifierIn> identifiers) {
        CheckedParty toParty() {
            return new CheckedParty(role, kind, name, aliases == null ? List.of() : aliases,
                    map(identifiers, IdentifierIn::toIdentifier));
        }
    }

    record CheckRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull PartyIn> parties) {
    }

    record Interview(@NotNull LocalDate date, @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 200) String> attendees,
                     @NotBlank @Size(max = 100_000) String content, boolean confirmedByClient) {
    }

    record DocumentRequest(@NotBlank @Size(max = 1000) String description, LocalDate dueBy) {
    }

    record DocumentReceipt(@NotNull LocalDate receivedOn, @Size(max = 2000) String note) {
    }

    record Assessment(@Size(max = 50) List<@NotBlank @Size(max = 2000) String> legalIssues,
                      @Size(max = 50) List<@NotBlank @Size(max = 2000) String> disputedPoints,
                      @Size(max = 50) List<@NotBlank @Size(max = 2000) String> risks,
                      @Min(0) @Max(99) Integer successLikelyFromPercent, @Min(0) @Max(99) Integer successLikelyToPercent,
                      @NotNull Difficulty difficulty, @Size(max = 5000) String resourcesNeeded) {
    }

    record FeeComponentIn(@NotNull FeeModel model,
                          @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                          @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal hourlyRate,
                          @DecimalMin("0.0") @Digits(integer = 7, fraction = 1) BigDecimal estimatedHours,
                          @DecimalMin("0.00") @Digits(integer = 3, fraction = 2) BigDecimal percentage,
                          @Size(max = 500) String milestone, @Size(max = 1000) String description) {
        FeeComponent toComponent() {
            return new FeeComponent(model, amount, hourlyRate, estimatedHours, percentage, milestone, description);
        }
    }

    record FeeQuoteIn(@Pattern(regexp = "[A-Z]{3}") String currency,
                      @NotEmpty @Size(max = 20) List<@Valid @NotNull FeeComponentIn> components,
                      @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amountInDispute,
                      @Size(max = 5000) String basis) {
        FeeQuote toQuote() {
            return new FeeQuote(currency == null ? "CNY" : currency, map(components, FeeComponentIn::toComponent),
                    amountInDispute, basis);
        }
    }

    record ProposalIn(@NotBlank @Size(max = 5000) String objectives, @NotBlank @Size(max = 5000) String scope,
                      @Size(max = 20_000) String strategy, @Size(max = 5000) String expectedOutcome,
                      @NotNull @Valid FeeQuoteIn quote) {
    }

    record Acceptance(LocalDate acceptedOn) {
    }

    record Rejection(@Size(max = 2000) String reason) {
    }

    record Decline(@NotNull DeclineReason reason, @Size(max = 5000) String internalNote) {
    }

    record Withdrawal(@Size(max = 2000) String reason) {
    }

    static <I, O> List<O> map(List<I> in, Function<I, O> f) {
        return in == null ? List.of() : in.stream().map(f).toList();
    }
}
