package com.lawfirm.intake.engagement;

import com.lawfirm.events.intake.Instalment;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.intake.ReviewDecision;
import com.lawfirm.events.intake.SigningSide;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of the engagement API, with their limits. */
final class EngagementRequests {

    private EngagementRequests() {
    }

    record InstalmentIn(@Size(max = 500) String milestone, LocalDate dueOn,
                        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal amount) {
        Instalment toInstalment() {
            return new Instalment(milestone, dueOn, amount);
        }
    }

    /** The contract terms beyond what the accepted proposal already fixes (the fee, and by default the scope). */
    record TermsIn(@NotNull MatterType matterType, @NotBlank @Size(max = 5000) String matterDescription,
                   @Size(max = 5000) String scope, LocalDate termStart, LocalDate termEnd,
                   @Size(max = 50) List<@Valid @NotNull InstalmentIn> paymentSchedule,
                   @Size(max = 50_000) String rightsAndDuties, @Size(max = 20_000) String liability,
                   @Size(max = 5000) String disputeResolution, @Size(max = 20_000) String contingencyClause) {
    }

    record NewEngagement(@NotBlank @Size(max = 64) String inquiryId, @NotNull @Valid TermsIn terms) {
    }

    record Review(@NotNull ReviewDecision decision, @Size(max = 10_000) String comments) {
    }

    record Signature(@NotNull SigningSide side, @NotBlank @Size(max = 200) String signatory, @NotNull LocalDate signedOn) {
    }
}
