package com.lawfirm.events.matter;

import com.lawfirm.events.party.Contact;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.privacy.PersonalData;
import org.axonframework.serialization.Revision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The client referred someone to the firm; intake opens inquiry {@code inquiryId} with the client as its source. The
 * referred person is that inquiry's prospect, so their name and contacts are sealed under it and go with the
 * prospect's erasure. Revision 2 added {@code inquiryId}; revision 1 is read with the id it always had. Since revision 3
 * the referred person's need is sealed under the inquiry too.
 */
@Revision("3")
public record ClientReferralRecorded(String matterId, String referralId, String inquiryId, String referrerClientId,
                                     @PersonalData(subject = "referrerClientId") String referrerName, PartyKind kind,
                                     @PersonalData(subject = "inquiryId") String referredName,
                                     @PersonalData(subject = "inquiryId") List<Contact> contacts,
                                     @PersonalData(subject = "inquiryId") String need,
                                     String recordedBy, LocalDate recordedOn) {

    /** The inquiry a referral opens: one referral, one inquiry, however often its event is read. */
    public static String inquiryIdOf(String referralId) {
        return UUID.nameUUIDFromBytes(("inquiry:referral:" + referralId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
