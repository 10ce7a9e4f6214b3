package com.lawfirm.matter.walls;

import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.events.conflict.Waiver;
import com.lawfirm.events.matter.WallSource;
import com.lawfirm.kit.axon.GuardedCommands;
import com.lawfirm.matter.walls.EthicalWall.ErectWall;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cleared conflict check whose waivers call for an ethical wall (conflict-service, from Kafka) erects the wall
 * against the inquiry, so it stands on the matter from the moment the matter is opened. Once per waiver.
 */
@Component
@ProcessingGroup("walls")
class WallPolicy {

    private final GuardedCommands commands;
    private final Clock clock;

    WallPolicy(GuardedCommands commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    /** The wall is dated the firm's day the check was cleared, however late the event arrives. */
    @EventHandler
    void on(ConflictCheckCleared event, @Timestamp Instant clearedAt) {
        LocalDate clearedOn = LocalDate.ofInstant(clearedAt, clock.getZone());
        List<Waiver> waivers = event.waivers() == null ? List.of() : event.waivers();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver waiver = waivers.get(i);
            if (waiver.ethicalWall() && waiver.screenedStaff() != null && !waiver.screenedStaff().isEmpty()) {
                String wallId = UUID.nameUUIDFromBytes(("wall:" + event.checkId() + ":" + i)
                        .getBytes(StandardCharsets.UTF_8)).toString();
                commands.createUnlessExists(wallId, () -> new ErectWall(wallId, null, event.inquiryId(),
                        waiver.screenedStaff(), WallSource.CONFLICT_WAIVER, "conflict waiver " + waiver.documentRef()
                        + " (" + waiver.partyName() + ")", "conflict check " + event.checkId(), clearedOn));
            }
        }
    }
}
