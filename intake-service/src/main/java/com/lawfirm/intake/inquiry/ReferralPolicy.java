package com.lawfirm.intake.inquiry;

import com.lawfirm.events.intake.ClientSource;
import com.lawfirm.events.intake.Prospect;
import com.lawfirm.events.intake.SourceChannel;
import com.lawfirm.events.matter.ClientReferralRecorded;
import com.lawfirm.intake.inquiry.InquiryCommands.OpenInquiry;
import com.lawfirm.kit.axon.GuardedCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;


/**
 * A client's referral, recorded on one of their matters (matter-service, from Kafka), opens an inquiry for the
 * person referred, owned by the lawyer who recorded it and crediting the client as its source. One inquiry per
 * referral however often the event arrives.
 */
@Component
@ProcessingGroup("referrals")
class ReferralPolicy {

    private final GuardedCommands commands;

    ReferralPolicy(GuardedCommands commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ClientReferralRecorded event) {
        String inquiryId = inquiryId(event.referralId());
        commands.createUnlessExists(inquiryId, () -> new OpenInquiry(inquiryId,
                new ClientSource(SourceChannel.CLIENT_REFERRAL, event.referrerClientId(),
                        // the referrer is named by id: a name here would outlive the referrer's erasure
                        "referred by a client (matter " + event.matterId() + ")"),
                new Prospect(event.kind(), event.referredName(), event.contacts()), event.need(), event.recordedBy(), null));
    }

    static String inquiryId(String referralId) {
        return ClientReferralRecorded.inquiryIdOf(referralId);
    }
}
