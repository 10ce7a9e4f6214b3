package com.lawfirm.kit.scaling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the work of the service's read models is shared between its instances.
 *
 * @param segments  how many parts each processing group's event stream is split into (by aggregate, so each
 *                  aggregate's events stay in order in one part); instances share the parts, so this is the most
 *                  instances that can work side by side. Set it before a processing group first runs: the parts are
 *                  made then, kept in the token table, and a later change applies only to new groups
 * @param heartbeat how often an instance tells the others it is alive and checks its share; one silent for three
 *                  beats is taken for gone, which must come before its claims time out (10 s): otherwise the
 *                  instance that took a dead one's segment over would count it still alive and give the segment up
 */
@ConfigurationProperties("lawfirm.scaling")
public record ScalingProperties(@DefaultValue("1") int segments, @DefaultValue("2s") Duration heartbeat) {

    public static final int MAX_SEGMENTS = 64;
    /** How long a claim on a segment holds without its owner renewing it (the token store's claim timeout). */
    public static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    public ScalingProperties {
        if (segments < 1 || segments > MAX_SEGMENTS) {
            throw new IllegalArgumentException("lawfirm.scaling.segments must be between 1 and " + MAX_SEGMENTS
                    + ", was " + segments);
        }
        if (heartbeat.toMillis() < 1000 || heartbeat.multipliedBy(3).compareTo(CLAIM_TIMEOUT) >= 0) {
            throw new IllegalArgumentException("lawfirm.scaling.heartbeat must be at least 1s and three of them shorter"
                    + " than the claim timeout of " + CLAIM_TIMEOUT.toSeconds() + "s, was " + heartbeat);
        }
    }
}
