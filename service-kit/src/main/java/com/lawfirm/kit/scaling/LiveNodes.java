package com.lawfirm.kit.scaling;

/**
 * The instances of a service alive now, in SQL: those beating ({@code processor_node}) and those renewing a claim on a
 * segment within the claim timeout. A live instance whose beat is held up (its connections all busy with a replay, say)
 * still renews its claims, so it is never taken for gone while it works.
 */
public final class LiveNodes {

    /** A query of one column, the live instances' ids. */
    public static final String QUERY = "SELECT node_id FROM processor_node UNION SELECT owner FROM token_entry"
            + " WHERE owner IS NOT NULL AND time_stamp::timestamptz > now() - make_interval(secs => "
            + ScalingProperties.CLAIM_TIMEOUT.toSeconds() + ")";

    private LiveNodes() {
    }
}
