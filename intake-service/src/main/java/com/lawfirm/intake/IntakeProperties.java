package com.lawfirm.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake's own settings.
 *
 * @param staleAfterDays an open inquiry with no recorded activity for this many days is flagged stale
 */
@ConfigurationProperties("lawfirm.intake")
public record IntakeProperties(@DefaultValue("14") int staleAfterDays) {
}
