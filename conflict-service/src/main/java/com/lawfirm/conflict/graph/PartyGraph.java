package com.lawfirm.conflict.graph;

/** Names shared by the party graph's parts. */
public final class PartyGraph {

    /** The Kafka-fed processing group that builds the graph (configured in conflict-service.yml). */
    public static final String PROCESSING_GROUP = "party-graph";
    public static final String NODES = "party-nodes";

    private PartyGraph() {
    }
}
