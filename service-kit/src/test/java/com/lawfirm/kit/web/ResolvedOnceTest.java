package com.lawfirm.kit.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ResolvedOnceTest {

    @Test
    void theValidatorIsLookedUpOnFirstUseOnly() {
        AtomicInteger lookups = new AtomicInteger();
        ObjectProvider<String> provider = new ObjectProvider<>() {
            @Override
            public String getObject(Object... args) {
                return getObject();
            }

            @Override
            public String getIfAvailable() {
                return getObject();
            }

            @Override
            public String getIfUnique() {
                return getObject();
            }

            @Override
            public String getObject() {
                return "validator " + lookups.incrementAndGet();
            }
        };
        MethodValidationAutoConfiguration.ResolvedOnce<String> once = new MethodValidationAutoConfiguration.ResolvedOnce<>(provider);
        assertThat(lookups).hasValue(0);
        assertThat(once.getObject()).isEqualTo("validator 1");
        assertThat(once.getObject()).isEqualTo("validator 1");
        assertThat(once.getIfAvailable()).isEqualTo("validator 1");
        assertThat(lookups).hasValue(1);
    }
}
