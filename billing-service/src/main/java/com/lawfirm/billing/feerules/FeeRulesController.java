package com.lawfirm.billing.feerules;

import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** What-if checks of fee terms against the fee rules, before a proposal or contract is written. */
@RestController
class FeeRulesController {

    record ComponentIn(@NotNull FeeModel model, @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                       @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal hourlyRate,
                       @DecimalMin("0.0") @Digits(integer = 7, fraction = 1) BigDecimal estimatedHours,
                       @Digits(integer = 3, fraction = 2) BigDecimal percentage) {
    }

    record CheckRequest(@NotNull MatterType matterType, @Pattern(regexp = "[A-Z]{3}") String currency,
                        @DecimalMin("0.00") @Digits(integer = 15, fraction = 2) BigDecimal amountInDispute,
                        @NotEmpty @Size(max = 20) List<@Valid @NotNull ComponentIn> components) {
    }

    private final FeeRules rules;

    FeeRulesController(FeeRules rules) {
        this.rules = rules;
    }

    @PostMapping("/api/fee-rules/check")
    @PreAuthorize("hasAnyRole('BILLING', 'LAWYER', 'PARTNER', 'INTAKE', 'ADMIN')")
    FeeRules.Verdict check(@Valid @RequestBody CheckRequest request) {
        List<FeeComponent> components = request.components().stream().map(c -> new FeeComponent(c.model(), c.amount(),
                c.hourlyRate(), c.estimatedHours(), c.percentage(), null, null)).toList();
        return rules.check(request.matterType(),
                new FeeQuote(request.currency() == null ? "CNY" : request.currency(), components, request.amountInDispute(), null));
    }
}
