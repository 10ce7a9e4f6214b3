package com.lawfirm.intake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Intake's own settings.
 *
 * @param staleAfterDays       an open inquiry with no recorded activity for this many days is flagged stale
 * @param retentionYears       how long a former client's personal data is kept when neither its consent nor a
 *                             recorded retention says otherwise (the firm's archive rules: 律师业务档案)
 * @param prospectRetentionYears how long the personal data of a prospect who never became a client is kept after
 *                             its inquiry was declined or withdrawn: the limitation period for a claim over the
 *                             consultation (民法典 art. 188, three years)
 * @param answerRequestsWithin the days the firm gives itself to answer a data subject's request (PIPL art. 50;
 *                             GB/T 35273 says 15 working days at most)
 * @param prospectLockWait     how long a prospect's erasure, or the signing of the engagement drafted from its
 *                             inquiry, waits for the other to finish before it is answered 503, to be tried again
 */
@ConfigurationProperties("lawfirm.intake")
public record IntakeProperties(@DefaultValue("14") int staleAfterDays,
                               @DefaultValue("10") int retentionYears,
                               @DefaultValue("3") int prospectRetentionYears,
                               @DefaultValue("15") int answerRequestsWithin,
                               @DefaultValue("10s") Duration prospectLockWait) {
}
