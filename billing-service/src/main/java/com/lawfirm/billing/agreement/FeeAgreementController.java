package com.lawfirm.billing.agreement;

import com.lawfirm.billing.account.AccountView;
import com.lawfirm.billing.account.Accounts;
import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A matter's fee agreement over HTTP, found through the engagement its account names. */
@RestController
class FeeAgreementController {

    public record MatterFeeAgreement(String matterId, String matterNumber, String currency, FeeAgreementView agreement) {
    }

    private final Accounts accounts;
    private final ReadModelStore store;

    FeeAgreementController(Accounts accounts, ReadModelStore store) {
        this.accounts = accounts;
        this.store = store;
    }

    @GetMapping("/api/fee-agreements/{matterId}")
    @PreAuthorize("hasAnyRole('LAWYER', 'PARTNER', 'BILLING', 'AUDITOR', 'ADMIN')")
    MatterFeeAgreement get(@PathVariable String matterId) {
        AccountView account = accounts.readable(matterId);
        FeeAgreementView agreement = store.get(FeeAgreementProjection.COLLECTION, account.engagementId,
                FeeAgreementView.class).orElseThrow(() -> new NotFoundException("fee agreement of matter", matterId));
        return new MatterFeeAgreement(matterId, account.matterNumber, account.currency, agreement);
    }
}
