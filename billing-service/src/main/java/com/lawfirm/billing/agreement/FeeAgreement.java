package com.lawfirm.billing.agreement;

import com.lawfirm.events.billing.FeeAgreementMade;
import com.lawfirm.events.intake.FeeQuote;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The fee agreement (收费约定) of a signed engagement, identified by the engagement. The matter's account names the
 * engagement, which is how a matter finds its agreement whichever of the two billing hears of first.
 */
@Aggregate
class FeeAgreement {

    record MakeFeeAgreement(String engagementId, String clientId, String clientName, FeeQuote quote, LocalDate signedOn) {
    }

    @AggregateIdentifier
    private String engagementId;

    FeeAgreement() {
    }

    @CommandHandler
    FeeAgreement(MakeFeeAgreement command) {
        apply(new FeeAgreementMade(command.engagementId(), command.clientId(), command.clientName(), command.quote(),
                command.signedOn()));
    }

    @EventSourcingHandler
    void on(FeeAgreementMade event) {
        engagementId = event.engagementId();
    }
}
