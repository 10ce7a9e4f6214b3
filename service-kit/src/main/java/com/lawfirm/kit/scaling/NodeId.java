package com.lawfirm.kit.scaling;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This instance's name in the token table and among the live instances: the process and host, as Axon names claims,
 * with a suffix of its own so that two instances in one process (as tests start them) never take each other's claims
 * for their own.
 */
public record NodeId(String value) {

    public static NodeId generate() {
        return new NodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Override
    public String toString() {
        return value;
    }
}
