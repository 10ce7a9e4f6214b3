package com.lawfirm.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodySize     the largest JSON body accepted
 * @param maxNdjsonSize   the largest bulk import body ({@code application/x-ndjson}) accepted
 * @param openRequestsPerSecond requests per second one address may make without logging in (health, metrics, API
 *                        description, anything without a token)
 * @param openRequestsBurst how many of those it may make at once
 */
@ConfigurationProperties("lawfirm.web")
public record WebProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("64MB") DataSize maxNdjsonSize,
        @DefaultValue("20") double openRequestsPerSecond,
        @DefaultValue("60") double openRequestsBurst) {
}
