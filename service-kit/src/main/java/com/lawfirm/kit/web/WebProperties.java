package com.lawfirm.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may carry.
 *
 * @param maxBodySize     the largest JSON body accepted
 * @param maxNdjsonSize   the largest bulk import body ({@code application/x-ndjson}) accepted
 */
@ConfigurationProperties("lawfirm.web")
public record WebProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("64MB") DataSize maxNdjsonSize) {
}
