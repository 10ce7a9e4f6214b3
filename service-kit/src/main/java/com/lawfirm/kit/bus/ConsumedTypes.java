package com.lawfirm.kit.bus;

/**
 * Narrows what a Kafka-fed group reads when its handler takes any event but acts on few (a rule book configured per
 * firm, say): events of other types are passed over unread, as for types no handler of the group takes.
 */
public interface ConsumedTypes {

    /** The processing group this narrows. */
    String group();

    /** Whether an event of this payload type may matter to the group; asked once per type. */
    boolean takes(Class<?> type);
}
