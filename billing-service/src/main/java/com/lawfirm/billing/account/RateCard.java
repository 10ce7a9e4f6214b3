package com.lawfirm.billing.account;

import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.kit.problem.InvalidFieldException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The hourly rate of a time entry and the cap on a matter's time: what the client agreed (the fee agreement's hourly
 * component, whose amount, when given, caps the time billed), else the firm's standard rate for the lawyer or for
 * their role.
 */
@Component
class RateCard {

    /** A rate, where it came from, and the cap on the matter's billable time (none when null). */
    record Rate(BigDecimal hourly, String source, BigDecimal cap) {
    }

    private final RateProperties rates;
    private final StaffRoles roles;

    RateCard(RateProperties rates, StaffRoles roles) {
        this.rates = rates;
        this.roles = roles;
    }

    Rate rate(String login, BigDecimal given, Optional<FeeQuote> agreed) {
        Optional<FeeComponent> hourly = agreed.flatMap(quote -> quote.components().stream()
                .filter(c -> c.model() == FeeModel.HOURLY).findFirst());
        BigDecimal cap = hourly.map(FeeComponent::amount).filter(Money::positive).orElse(null);
        if (given != null) {
            return new Rate(given, "entry", cap);
        }
        if (hourly.isPresent() && hourly.get().hourlyRate() != null) {
            return new Rate(hourly.get().hourlyRate(), "agreement", cap);
        }
        BigDecimal own = rates.byLawyer().get(login);
        if (own != null) {
            return new Rate(own, "lawyer", cap);
        }
        return roles.of(login).map(rates.byRole()::get).map(rate -> new Rate(rate, "role", cap))
                .orElseThrow(() -> new InvalidFieldException("rate", "the fee agreement names no hourly rate and the firm "
                        + "has no standard rate for " + login + "; give the rate"));
    }
}
