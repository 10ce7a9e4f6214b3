package com.lawfirm.conflict.recheck;

import com.lawfirm.conflict.recheck.RecheckCommands.RecordPotentialConflict;
import com.lawfirm.conflict.search.Rechecks;
import com.lawfirm.events.conflict.HitMatter;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records each discovery of the re-checks as a potential conflict for analysts. A discovery already recorded (by
 * this instance earlier, or by another instance reading the same log) is left alone: its id is its content.
 */
@Component
class PotentialConflicts implements Rechecks.Discoveries {

    private static final Logger log = LoggerFactory.getLogger(PotentialConflicts.class);

    private final CommandGateway commands;
    private final ReadModelStore store;

    PotentialConflicts(CommandGateway commands, ReadModelStore store) {
        this.commands = commands;
        this.store = store;
    }

    @Override
    public void discovered(Rechecks.Discovery d) {
        if (store.version(PotentialConflictProjection.COLLECTION, d.id()) >= 0) {
            return;
        }
        RecordPotentialConflict command = new RecordPotentialConflict(d.id(), d.trigger(), d.description(),
                d.subjectName(), d.staffId(), d.matters().stream().map(m -> new HitMatter(m.matterRef(), m.title(),
                m.status(), m.practiceArea(), m.role() == null ? null : m.role().name(), m.openedOn(), m.closedOn(),
                m.leadLawyer())).toList(), d.path());
        commands.send(command).whenComplete((result, failure) -> {
            if (failure != null) {
                // most often the same discovery recorded a moment ago by another instance: its stream exists
                log.info("potential conflict {} not recorded again: {}", d.id(), failure.toString());
            }
        });
    }
}
