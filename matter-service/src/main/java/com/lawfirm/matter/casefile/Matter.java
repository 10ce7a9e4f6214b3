package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.FeeSettlementAcknowledged;
import com.lawfirm.events.matter.MatterArchived;
import com.lawfirm.events.matter.MatterClientErased;
import com.lawfirm.events.matter.MatterClosed;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.casefile.MatterCommands.AcknowledgeFeeSettlement;
import com.lawfirm.matter.casefile.MatterCommands.AllowedWhenClosed;
import com.lawfirm.matter.casefile.MatterCommands.ArchiveMatter;
import com.lawfirm.matter.casefile.MatterCommands.CloseMatter;
import com.lawfirm.matter.casefile.MatterCommands.OfTheRelationship;
import com.lawfirm.matter.casefile.MatterCommands.OpenMatter;
import com.lawfirm.matter.casefile.MatterCommands.RecordClientErasure;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A registered matter (案件) from opening to archive. Its team, client authorisations, materials, work plan, reporting,
 * quality file, client file and aftercare are members with their own commands; this root guards the matter's life: nothing changes once
 * archived, little once closed, and nothing of the relationship once the client's personal data is erased.
 */
@Aggregate
class Matter {

    @AggregateIdentifier
    private String matterId;
    private MatterStatus status;
    private boolean feesSettled;
    private boolean clientErased;
    @AggregateMember
    private final MatterTeam team = new MatterTeam();
    @AggregateMember
    private final ClientAuthorizations authorizations = new ClientAuthorizations();
    @AggregateMember
    private final Custody custody = new Custody();
    @AggregateMember
    private final WorkPlan workPlan = new WorkPlan();
    @AggregateMember
    private final ClientReporting reporting = new ClientReporting();
    @AggregateMember
    private final QualityFile quality = new QualityFile();
    @AggregateMember
    private final ClientFile clientFile = new ClientFile();
    @AggregateMember
    private final Aftercare aftercare = new Aftercare();

    Matter() {
    }

    @CommandHandler
    Matter(OpenMatter command) {
        apply(new MatterOpened(command.matterId(), command.matterNumber(), command.engagementId(), command.inquiryId(),
                command.clientId(), command.clientName(), command.matterType(), command.description(), command.parties(),
                command.openedOn(), command.amountInDispute()));
    }

    /** Runs before every command on an existing matter, its members' included. */
    @CommandHandlerInterceptor
    Object guardLifecycle(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object payload = command.getPayload();
        if (status == MatterStatus.ARCHIVED
                && !(payload instanceof AcknowledgeFeeSettlement || payload instanceof RecordClientErasure)) {
            throw new RuleViolationException("archived", "the matter is archived and read-only");
        }
        if (clientErased && payload instanceof OfTheRelationship) {
            throw new RuleViolationException("client-erased", "the client's personal data was erased: nothing more is"
                    + " recorded of the firm's relationship with it");
        }
        if (status == MatterStatus.CLOSED && !(payload instanceof AllowedWhenClosed)) {
            throw new RuleViolationException("closed", "the matter is closed");
        }
        return chain.proceed();
    }

    @CommandHandler
    void handle(AcknowledgeFeeSettlement command) {
        if (!feesSettled && status != MatterStatus.ARCHIVED) {
            apply(new FeeSettlementAcknowledged(matterId, command.settledOn()));
        }
    }

    @CommandHandler
    void handle(RecordClientErasure command) {
        if (!clientErased && status != MatterStatus.ARCHIVED) {
            apply(new MatterClientErased(matterId, command.clientId(), command.erasedOn()));
        }
    }

    @CommandHandler
    void handle(CloseMatter command) {
        List<String> missing = new ArrayList<>();
        if (!feesSettled && (command.feeException() == null || command.feeException().isBlank())) {
            missing.add("fees are not settled and no exception is recorded");
        }
        List<String> held = custody.originalsHeld();
        if (!held.isEmpty()) {
            missing.add("originals still in custody without the client's agreement: " + String.join(", ", held));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("closing-conditions-unmet", "the matter cannot close: "
                    + String.join("; ", missing));
        }
        apply(new MatterClosed(matterId, command.outcome(), command.finalReportSentOn(),
                feesSettled ? null : command.feeException().strip(), command.closedOn(),
                command.closedOn().plus(command.archiveAfter())));
    }

    @CommandHandler
    void handle(ArchiveMatter command) {
        if (status != MatterStatus.CLOSED) {
            throw new RuleViolationException("not-closed", "only a closed matter can be archived");
        }
        apply(new MatterArchived(matterId, command.retentionClass(), command.archivedBy(), command.archivedOn()));
    }

    @EventSourcingHandler
    void on(MatterOpened event) {
        matterId = event.matterId();
        status = MatterStatus.OPEN;
    }

    @EventSourcingHandler
    void on(FeeSettlementAcknowledged event) {
        feesSettled = true;
    }

    @EventSourcingHandler
    void on(MatterClosed event) {
        status = MatterStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(MatterArchived event) {
        status = MatterStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(MatterClientErased event) {
        clientErased = true;
    }
}
