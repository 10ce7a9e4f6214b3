package com.lawfirm.conflict;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.lawfirm.conflict.check.AbsoluteRule;

import java.util.List;

/**
 * conflict-service's settings.
 *
 * @param maxAffiliateHops how far through affiliations (both directions) a search follows a party
 * @param graphTopics      the topics the party graph is built from, each read from its first event
 * @param freshnessPatience how long a check waits for the index to reach the end of the log before it refuses
 * @param indexDirectory   where the party index is kept on local disk with the log positions it reflects; when
 *                         blank, in memory only, rebuilt from the log at every start
 * @param absoluteRules    the conflicts no consent can cure, found in every check's hits
 */
@ConfigurationProperties("lawfirm.conflict")
public record ConflictProperties(
        @DefaultValue("2") int maxAffiliateHops,
        @DefaultValue({"lawfirm.intake.events", "lawfirm.conflict.events", "lawfirm.matter.events"}) List<String> graphTopics,
        @DefaultValue("15s") java.time.Duration freshnessPatience,
        String indexDirectory,
        List<AbsoluteRule> absoluteRules) {

    public ConflictProperties {
        absoluteRules = absoluteRules == null ? List.of() : List.copyOf(absoluteRules);
        indexDirectory = indexDirectory == null || indexDirectory.isBlank() ? null : indexDirectory.strip();
    }
}
