package com.lawfirm.matter.casefile;

import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.matter.casefile.MatterCommands.OpenMatter;
import com.lawfirm.kit.axon.GuardedCommands;
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
    private final GuardedCommands commands;
    private final Clock clock;

    MatterRegistration(MatterNumbers numbers, GuardedCommands commands, Clock clock) {
        this.clock = clock;
        this.numbers = numbers;
        this.commands = commands;
    }

    @Transactional
    void open(EngagementSigned engagement) {
        String matterId = matterId(engagement.engagementId());
        LocalDate today = LocalDate.now(clock);
        // the number is taken only when the matter is really opened, so none is spent on a redelivery
        commands.createUnlessExists(matterId, () -> new OpenMatter(matterId,
                numbers.next(today.getYear(), engagement.terms().matterType().areaCode()), engagement.engagementId(),
                engagement.inquiryId(), engagement.clientId(), engagement.clientName(), engagement.terms().matterType(),
                engagement.terms().matterDescription(), engagement.parties(), today,
                engagement.terms().fee() == null ? null : engagement.terms().fee().amountInDispute()));
    }

    static String matterId(String engagementId) {
        return UUID.nameUUIDFromBytes(("matter:" + engagementId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
