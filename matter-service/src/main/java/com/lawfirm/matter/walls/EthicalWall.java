package com.lawfirm.matter.walls;

import com.lawfirm.events.matter.EthicalWallErected;
import com.lawfirm.events.matter.ScreenedAccessDenied;
import com.lawfirm.events.matter.WallSource;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An ethical wall and the record of every attempt through it. */
@Aggregate
class EthicalWall {

    record ErectWall(String wallId, String matterId, String inquiryId, List<String> screened, WallSource source,
                     String reason, String erectedBy, LocalDate erectedOn) {
    }

    record RecordDeniedAttempt(@TargetAggregateIdentifier String wallId, String matterId, String login,
                               String attempted, Instant at) {
    }

    @AggregateIdentifier
    private String wallId;

    EthicalWall() {
    }

    @CommandHandler
    EthicalWall(ErectWall command) {
        apply(new EthicalWallErected(command.wallId(), command.matterId(), command.inquiryId(),
                command.screened().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toList(),
                command.source(), command.reason(), command.erectedBy(), command.erectedOn()));
    }

    @CommandHandler
    void handle(RecordDeniedAttempt command) {
        apply(new ScreenedAccessDenied(wallId, command.matterId(), command.login(), command.attempted(), command.at()));
    }

    @EventSourcingHandler
    void on(EthicalWallErected event) {
        wallId = event.wallId();
    }
}
