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
 *                  beats is taken for gone
 */
@ConfigurationProperties("lawfirm.scaling")
public record ScalingProperties(@DefaultValue("1") int segments, @DefaultValue("5s") Duration heartbeat) {

    public ScalingProperties {
        if (segments < 1 || segments > 64) {
            throw new IllegalArgumentException("lawfirm.scaling.segments must be between 1 and 64, was " + segments);
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("lawfirm.scaling.heartbeat must be positive, was " + heartbeat);
        }
    }
}
