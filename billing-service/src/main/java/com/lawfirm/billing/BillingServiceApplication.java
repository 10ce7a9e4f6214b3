package com.lawfirm.billing;

import com.lawfirm.kit.ServiceApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Fee agreements under the fee rules, time and expenses, invoices, payments, retainers, receivables. */
@SpringBootApplication
@EnableConfigurationProperties({BillingProperties.class, com.lawfirm.billing.account.RateProperties.class})
public class BillingServiceApplication {

    public static final String SERVICE = "billing";

    public static void main(String[] args) {
        ServiceApplication.builder(BillingServiceApplication.class, SERVICE).run(args);
    }
}
