package com.lawfirm.billing.account;

import com.lawfirm.events.matter.StaffRole;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The firm's standard hourly rates (标准小时费率), used for time on a matter whose fee agreement names no hourly rate:
 * a lawyer's own rate first, else the rate of their role at the firm.
 */
@ConfigurationProperties("lawfirm.billing.rates")
public record RateProperties(Map<String, BigDecimal> byLawyer, Map<StaffRole, BigDecimal> byRole) {

    public RateProperties {
        byLawyer = byLawyer == null ? Map.of() : Map.copyOf(byLawyer);
        byRole = byRole == null ? Map.of() : Map.copyOf(byRole);
    }
}
