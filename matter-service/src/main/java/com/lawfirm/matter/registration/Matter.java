package com.lawfirm.matter.registration;

import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.party.MatterParty;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A registered matter (案件). This step registers it; team, plan, reports and closing build on it. */
@Aggregate
class Matter {

    record OpenMatter(String matterId, String matterNumber, String engagementId, String inquiryId, String clientId,
                      String clientName, MatterType matterType, String description, List<MatterParty> parties,
                      LocalDate openedOn) {
    }

    @AggregateIdentifier
    private String matterId;

    Matter() {
    }

    @CommandHandler
    Matter(OpenMatter command) {
        apply(new MatterOpened(command.matterId(), command.matterNumber(), command.engagementId(), command.inquiryId(),
                command.clientId(), command.clientName(), command.matterType(), command.description(), command.parties(),
                command.openedOn()));
    }

    @EventSourcingHandler
    void on(MatterOpened event) {
        matterId = event.matterId();
    }
}
