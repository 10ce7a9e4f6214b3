package com.lawfirm.matter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * matter-service's settings.
 *
 * @param numberPattern the matter number's pattern: {year}, {area} (the practice area's code), {seq:N} (the
 *                      sequence, zero-padded to N digits) and any fixed text
 */
@ConfigurationProperties("lawfirm.matter")
public record MatterProperties(@DefaultValue("{year}-{area}-{seq:4}") String numberPattern) {
}
