package com.lawfirm.matter.staff;

import com.lawfirm.events.matter.DisclosureKind;
import com.lawfirm.events.matter.StaffDisclosureRecorded;
import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.events.party.PartyIdentifier;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.text.Names;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A member of the firm's staff directory, with the disclosures conflict checks need. */
@Aggregate
class StaffMember {

    record JoinFirm(String staffId, String name, StaffRole role, List<String> practiceAreas, List<String> expertise,
                    String licenceNumber, LocalDate joinedOn, String login) {
    }

    record RecordDisclosure(@TargetAggregateIdentifier String staffId, DisclosureKind kind, PartyKind partyKind,
                            String name, List<String> aliases, List<PartyIdentifier> identifiers, String relationship) {
    }

    @AggregateIdentifier
    private String staffId;
    private String name;
    private final Set<String> disclosed = new HashSet<>();

    StaffMember() {
    }

    @CommandHandler
    StaffMember(JoinFirm command) {
        if ((command.role() == StaffRole.LAWYER || command.role() == StaffRole.PARTNER)
                && (command.licenceNumber() == null || command.licenceNumber().isBlank())) {
            throw new InvalidFieldException("licenceNumber", "a practising lawyer's licence number (执业证号) is required");
        }
        apply(new StaffMemberJoined(command.staffId(), command.name().strip(), command.role(), orEmpty(command.practiceAreas()),
                orEmpty(command.expertise()), command.licenceNumber(), command.joinedOn(), command.login()));
    }

    /** The same party disclosed twice in the same way is recorded once. */
    @CommandHandler
    void handle(RecordDisclosure command) {
        String key = command.kind() + ":" + Names.normalize(command.name());
        if (!disclosed.contains(key)) {
            apply(new StaffDisclosureRecorded(staffId, name, command.kind(), command.partyKind(), command.name().strip(),
                    orEmpty(command.aliases()), orEmpty(command.identifiers()), command.relationship()));
        }
    }

    @EventSourcingHandler
    void on(StaffMemberJoined event) {
        staffId = event.staffId();
        name = event.name();
    }

    @EventSourcingHandler
    void on(StaffDisclosureRecorded event) {
        disclosed.add(event.kind() + ":" + Names.normalize(event.name()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
