package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.EngagementSigned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Every signed engagement (intake's event, from Kafka) opens its matter, once however often it is delivered. */
@Component
@ProcessingGroup("engagements")
class MatterOpeningPolicy {

    private final MatterRegistration registration;

    MatterOpeningPolicy(MatterRegistration registration) {
        this.registration = registration;
    }

    @EventHandler
    void on(EngagementSigned event) {
        registration.open(event);
    }
}
