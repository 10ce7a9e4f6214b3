package com.lawfirm.matter.registration;

import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.matter.registration.Matter.OpenMatter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Opens the one matter of a signed engagement: its id derives from the engagement's, its number is taken in the
 * same transaction as its first event.
 */
@Component
class MatterRegistration {

    private final MatterNumbers numbers;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock = Clock.systemUTC();

    MatterRegistration(MatterNumbers numbers, CommandGateway commands, EventStore eventStore) {
        this.numbers = numbers;
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @Transactional
    void open(EngagementSigned engagement) {
        String matterId = matterId(engagement.engagementId());
        if (eventStore.lastSequenceNumberFor(matterId).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        String number = numbers.next(today.getYear(), engagement.terms().matterType().areaCode());
        commands.sendAndWait(new OpenMatter(matterId, number, engagement.engagementId(), engagement.inquiryId(),
                engagement.clientId(), engagement.clientName(), engagement.terms().matterType(),
                engagement.terms().matterDescription(), engagement.parties(), today));
    }

    static String matterId(String engagementId) {
        return UUID.nameUUIDFromBytes(("matter:" + engagementId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
