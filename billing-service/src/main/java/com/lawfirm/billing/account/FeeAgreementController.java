package com.lawfirm.billing.account;

import com.lawfirm.billing.agreement.AgreedFees;
import com.lawfirm.billing.agreement.FeeAgreementView;
import com.lawfirm.kit.problem.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A matter's fee agreement over HTTP, found through the engagement its account names. It lives with the accounts,
 * which know the matter and who may read it; the agreements know only engagements.
 */
@RestController
class FeeAgreementController {

    public record MatterFeeAgreement(String matterId, String matterNumber, String currency, FeeAgreementView agreement) {
    }

    private final Accounts accounts;
    private final AgreedFees agreedFees;

    FeeAgreementController(Accounts accounts, AgreedFees agreedFees) {
        this.accounts = accounts;
        this.agreedFees = agreedFees;
    }

    @GetMapping("/api/fee-agreements/{matterId}")
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'AUDITOR', 'ADMIN')")
    MatterFeeAgreement get(@PathVariable String matterId) {
        AccountView account = accounts.readable(matterId);
        FeeAgreementView agreement = agreedFees.agreement(account.engagementId)
                .orElseThrow(() -> new NotFoundException("fee agreement of matter", matterId));
        return new MatterFeeAgreement(matterId, account.matterNumber, account.currency, agreement);
    }
}
