package com.lawfirm.kit.readmodel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The rebuilds this instance runs that wait for the other instances to hand their projections' segments over. */
final class AwaitedHandOvers {

    private static final Logger log = LoggerFactory.getLogger(AwaitedHandOvers.class);

    private final Set<String> projections = ConcurrentHashMap.newKeySet();

    void await(String projection) {
        if (projections.add(projection)) {
            log.info("{}: its rebuild waits for the other instances to hand its segments over", projection);
        }
    }

    boolean awaits(String projection) {
        return projections.contains(projection);
    }

    boolean any() {
        return !projections.isEmpty();
    }

    /** Started, given up, or taken by another instance. */
    void over(String projection) {
        projections.remove(projection);
    }

    /** Only those whose marks are still this instance's. */
    void keepOnly(Collection<String> own) {
        projections.retainAll(own);
    }
}
