package com.lawfirm.billing.feerules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(FeeRuleProperties.class)
class FeeRulesConfiguration {

    @Bean
    FeeRules feeRules(FeeRuleProperties properties) {
        return new FeeRules(properties);
    }
}
