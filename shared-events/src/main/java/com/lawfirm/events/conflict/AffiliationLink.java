package com.lawfirm.events.conflict;

import com.lawfirm.events.privacy.PersonalData;

/**
 * One step of the path by which an affiliate's hit leads from the party found to a party on a matter:
 * {@code from relation to} (鼎盛投资集团有限公司 PARENT_OF 北辰物业服务有限公司). Each name is sealed under its data subject,
 * the firm's client it is or else the inquiry whose prospective client it is, and goes with that subject's erasure;
 * anyone else's (an opposing party, an affiliate of none) is the matter's record and kept as it is. A step recorded
 * before revision 4 of {@link ConflictCheckCompleted} was one sentence: it reads as the relation, with no names apart.
 */
public record AffiliationLink(@PersonalData(subject = "fromSubject") String from, String relation,
                              @PersonalData(subject = "toSubject") String to, String fromSubject, String toSubject) {

    /**
     * A step as revision 3 wrote it, one sentence, read as the relation: so a consumer of records published before
     * revision 4, or a read model stored before it, reads them as the event store's upcaster does.
     */
    public static AffiliationLink valueOf(String sentence) {
        return new AffiliationLink(null, sentence, null, null, null);
    }
}
