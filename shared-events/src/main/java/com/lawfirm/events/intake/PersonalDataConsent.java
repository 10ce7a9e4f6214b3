package com.lawfirm.events.intake;

import java.time.LocalDate;

/**
 * The data subject's consent to the processing of personal information (PIPL 个人信息处理同意): for what purpose,
 * how long the data is kept, and when and how the consent was given.
 */
public record PersonalDataConsent(String purpose, int retentionYears, LocalDate givenOn, String method) {
}
