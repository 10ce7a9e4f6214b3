package com.lawfirm.kit;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The firm's clock: the current instant, and the firm's day in its time zone ({@link FirmProperties#zone()}). */
@AutoConfiguration
@EnableConfigurationProperties(FirmProperties.class)
public class FirmAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock firmClock(FirmProperties firm) {
        return Clock.system(firm.zone());
    }
}
