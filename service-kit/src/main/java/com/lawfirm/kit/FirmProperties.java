package com.lawfirm.kit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.ZoneId;

/**
 * The firm itself, as every service sees it.
 *
 * @param zone the firm's time zone. The days a service records or counts are the firm's days: a matter number's year,
 *             an invoice's date, the day an inquiry ended or a client became former (and so when their data may be
 *             erased), a legal hold's day. In Beijing the first eight hours of a day are still the day before in UTC.
 */
@ConfigurationProperties("lawfirm.firm")
public record FirmProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
