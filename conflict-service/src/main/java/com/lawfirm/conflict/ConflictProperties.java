package com.lawfirm.conflict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * conflict-service's settings.
 *
 * @param maxAffiliateHops how far through affiliations (both directions) a search follows a party
 * @param graphTopics      the topics the party graph is built from, each read from its first event
 * @param freshnessPatience how long a check waits for the index to reach the end of the log before it refuses
 */
@ConfigurationProperties("lawfirm.conflict")
public record ConflictProperties(
        @DefaultValue("2") int maxAffiliateHops,
        @DefaultValue({"lawfirm.intake.events", "lawfirm.conflict.events", "lawfirm.matter.events"}) List<String> graphTopics,
        @DefaultValue("15s") java.time.Duration freshnessPatience) {
}
