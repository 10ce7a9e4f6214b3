package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.ClientFeedbackRecorded;
import com.lawfirm.events.matter.ClientReferralRecorded;
import com.lawfirm.events.matter.FollowUpVisitRecorded;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.matter.casefile.MatterCommands.RecordFeedback;
import com.lawfirm.matter.casefile.MatterCommands.RecordFollowUpVisit;
import com.lawfirm.matter.casefile.MatterCommands.RecordReferral;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** After the work (回访): the client's satisfaction, follow-up visits, and the people the client refers to the firm. */
class Aftercare {

    private String clientId;
    private String clientName;
    private final Set<String> recorded = new HashSet<>();

    @CommandHandler
    void handle(RecordFeedback command) {
        if (!recorded.contains(command.feedbackId())) {
            apply(new ClientFeedbackRecorded(command.matterId(), command.feedbackId(), command.score(), command.comments(),
                    command.channel(), command.recordedOn()));
        }
    }

    @CommandHandler
    void handle(RecordFollowUpVisit command) {
        if (!recorded.contains(command.visitId())) {
            apply(new FollowUpVisitRecorded(command.matterId(), command.visitId(), command.visitedOn(),
                    command.visitedBy(), command.summary()));
        }
    }

    /** The referral names this matter's client as its source, which intake's source report credits. */
    @CommandHandler
    void handle(RecordReferral command) {
        if (!recorded.contains(command.referralId())) {
            apply(new ClientReferralRecorded(command.matterId(), command.referralId(),
                    ClientReferralRecorded.inquiryIdOf(command.referralId()), clientId, clientName,
                    command.kind(), command.referredName(), command.contacts() == null ? List.of()
                    : List.copyOf(command.contacts()), command.need(), command.recordedBy(), command.recordedOn()));
        }
    }

    @EventSourcingHandler
    void on(MatterOpened event) {
        clientId = event.clientId();
        clientName = event.clientName();
    }

    @EventSourcingHandler
    void on(ClientFeedbackRecorded event) {
        recorded.add(event.feedbackId());
    }

    @EventSourcingHandler
    void on(FollowUpVisitRecorded event) {
        recorded.add(event.visitId());
    }

    @EventSourcingHandler
    void on(ClientReferralRecorded event) {
        recorded.add(event.referralId());
    }
}
