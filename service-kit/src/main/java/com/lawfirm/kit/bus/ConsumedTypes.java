package com.lawfirm.kit.bus;

/**
 * Narrows what a Kafka-fed group reads when its handler takes any event but acts on few (a rule book configured per
 * firm, say): events of other types are passed over unread, as for types no handler of the group takes.
 */
public interface ConsumedTypes {

    /** The processing group this narrows. */
    String group();

    /** Whether an event of this payload type may matter to the group; asked once per type until {@link #refreshed}. */
    boolean takes(Class<?> type);

    /**
     * For a narrowing that changes while the service runs (subscriptions kept in the database, say): called before
     * each polled batch is judged, it reads what holds now and says whether that differs from the last call; then
     * every type is judged again. A batch polled after a change was committed is judged by it. A fixed narrowing, the
     * default, is judged once per type.
     */
    default boolean refreshed() {
        return false;
    }
}
