package com.lawfirm.conflict.recheck;

import com.lawfirm.conflict.recheck.RecheckCommands.RecordPotentialConflict;
import com.lawfirm.conflict.search.Rechecks;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Records each discovery of the re-checks as a potential conflict for analysts. A discovery already recorded (by
 * this instance earlier, or by another instance reading the same log) is left alone: its id is its content. Other
 * failures are tried again a few times, then logged as errors; they never stop the feeder that found them.
 */
@Component
class PotentialConflicts implements Rechecks.Discoveries {

    private static final Logger log = LoggerFactory.getLogger(PotentialConflicts.class);
    private static final int ATTEMPTS = 3;

    private final CommandGateway commands;
    private final ReadModelStore store;

    PotentialConflicts(CommandGateway commands, ReadModelStore store) {
        this.commands = commands;
        this.store = store;
    }

    @Override
    public void discovered(Rechecks.Discovery d) {
        RecordPotentialConflict command = new RecordPotentialConflict(d.id(), d.trigger(), d.description(),
                d.subjectName(), d.subjectId(), d.staffId(), d.matters().stream().map(m -> new HitMatter(m.matterRef(), m.title(),
                m.status(), m.practiceArea(), m.role() == null ? null : m.role().name(), m.openedOn(), m.closedOn(),
                m.leadLawyer())).toList(), d.path());
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (store.version(PotentialConflictProjection.COLLECTION, d.id()) >= 0) {
                    return;
                }
                commands.sendAndWait(command);
                return;
            } catch (AggregateStreamCreationException | ConcurrencyException duplicate) {
                return; // recorded a moment ago, by this instance or another reading the same log
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    log.error("potential conflict {} ({}) could not be recorded: {}", d.id(), d.description(), e.toString());
                } else {
                    LockSupport.parkNanos(Duration.ofMillis(200L * attempt).toNanos());
                }
            }
        }
    }
}
