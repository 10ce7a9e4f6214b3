package com.lawfirm.billing.account;

import com.lawfirm.events.intake.FeeModel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of billing's HTTP requests, validated before any command is sent. Amounts have at most 2 decimals. */
final class BillingRequests {

    private BillingRequests() {
    }

    record TimeIn(@NotBlank @Size(max = 64) String matterId, @NotNull LocalDate workDate,
                  @NotNull @Min(1) @Max(1440) Integer minutes, @NotBlank @Size(max = 200) String activity,
                  @Size(max = 4000) String narrative, Boolean billable,
                  @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal rate) {
    }

    record ExpenseIn(@NotBlank @Size(max = 64) String matterId, @NotBlank @Size(max = 100) String category,
                     @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                     @NotBlank @Size(max = 200) String receiptReference, @NotNull LocalDate incurredOn,
                     Boolean billable) {
    }

    /**
     * What to bill: a fixed amount (with a description); a milestone of the agreed staged fee; an agreed fee (FIXED,
     * PERCENTAGE_OF_DISPUTE, or CONTINGENCY on the amount {@code recovered}); or, with none of these, approved work.
     */
    record InvoiceIn(@NotBlank @Size(max = 64) String matterId,
                     @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal fixedAmount,
                     @Size(max = 500) String description,
                     @Size(min = 1, max = 200) String milestone,
                     FeeModel fee,
                     @DecimalMin("0.01") @Digits(integer = 15, fraction = 2) BigDecimal recovered) {
    }

    record SendingIn(@NotBlank @Pattern(regexp = "EMAIL|POST|COURIER|HAND|PORTAL",
                             message = "must be EMAIL, POST, COURIER, HAND or PORTAL") String via,
                     @NotBlank @Size(max = 300) String sentTo, @NotNull LocalDate sentOn) {
    }

    record AllocationIn(@NotBlank @Size(max = 64) String invoiceId,
                        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    record PaymentIn(@NotBlank @Size(max = 64) String matterId,
                     @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull AllocationIn> allocations,
                     @NotNull LocalDate receivedOn, @NotBlank @Size(max = 200) String reference, Boolean fromRetainer) {
    }

    record RetainerIn(@NotBlank @Size(max = 64) String matterId,
                      @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                      @NotNull LocalDate receivedOn, @NotBlank @Size(max = 200) String reference) {
    }

    record AdjustmentIn(@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                        @NotBlank @Size(max = 2000) String reason) {
    }

    record SettlementIn(@NotNull LocalDate settledOn) {
    }
}
