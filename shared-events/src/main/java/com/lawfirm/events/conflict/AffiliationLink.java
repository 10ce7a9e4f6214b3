package com.lawfirm.events.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lawfirm.events.privacy.PersonalData;

import java.util.function.Predicate;

/**
 * One step of the path by which an affiliate's hit leads from the party found to a party on a matter:
 * {@code from relation to} (鼎盛投资集团有限公司 PARENT_OF 北辰物业服务有限公司). Each name is sealed under its data subject,
 * the firm's client it is or else the inquiry whose prospective client it is, and goes with that subject's erasure;
 * anyone else's (an opposing party, an affiliate of none) is the matter's record and kept as it is. A step recorded
 * before revision 4 of {@link ConflictCheckCompleted} was one sentence: it reads as the relation, with no names apart.
 */
public record AffiliationLink(@PersonalData(subject = "fromSubject") String from, String relation,
                              @PersonalData(subject = "toSubject") String to, String fromSubject, String toSubject) {

    /** An affiliate hit's reason after what matched: it names no one, the path does (sealed). */
    public static final String REASON = "affiliated with a party of these matters (see the path)";

    /** Steps written as sentences before their names were sealed, as links whose relation is the sentence. */
    public static ArrayNode fromSentences(JsonNode sentences) {
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        for (JsonNode sentence : sentences) {
            ObjectNode link = links.addObject();
            link.putNull("from");
            link.set("relation", sentence);
            link.putNull("to");
            link.putNull("fromSubject");
            link.putNull("toSubject");
        }
        return links;
    }

    /** The link as it reads once the subjects {@code erased} says are erased: their names go. */
    public AffiliationLink without(Predicate<String> erased) {
        return new AffiliationLink(fromSubject != null && erased.test(fromSubject) ? PersonalData.ERASED : from, relation,
                toSubject != null && erased.test(toSubject) ? PersonalData.ERASED : to, fromSubject, toSubject);
    }

    /** A reason as recorded before revision 4 ("…; affiliated with <name>"), without the name. */
    public static String withoutName(String reason) {
        int at = reason == null ? -1 : reason.indexOf("; affiliated with ");
        return at < 0 ? reason : reason.substring(0, at) + "; " + REASON;
    }

    /**
     * A step as revision 3 wrote it, one sentence, read as the relation: so a consumer of records published before
     * revision 4, or a read model stored before it, reads them as the event store's upcaster does.
     */
    public static AffiliationLink valueOf(String sentence) {
        return new AffiliationLink(null, sentence, null, null, null);
    }
}
