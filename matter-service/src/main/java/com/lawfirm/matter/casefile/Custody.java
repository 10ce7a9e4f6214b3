package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.MaterialBroughtBack;
import com.lawfirm.events.matter.MaterialLent;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialRetentionAgreed;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.matter.casefile.MatterCommands.AgreeRetention;
import com.lawfirm.matter.casefile.MatterCommands.BringBackMaterial;
import com.lawfirm.matter.casefile.MatterCommands.LendMaterial;
import com.lawfirm.matter.casefile.MatterCommands.ReceiveMaterial;
import com.lawfirm.matter.casefile.MatterCommands.ReturnMaterialToClient;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The client materials (客户资料) in the firm's custody for this matter: registered under M-0001, M-0002, ... in the
 * order received, and always in one known place: in storage, out on an internal loan, or back with the client.
 */
class Custody {

    enum Place { IN_STORAGE, ON_LOAN, RETURNED }

    private record Item(String number, boolean original, Place place, boolean retentionAgreed) {

        Item in(Place newPlace) {
            return new Item(number, original, newPlace, retentionAgreed);
        }
    }

    private final Map<String, Item> items = new LinkedHashMap<>();

    @CommandHandler
    void handle(ReceiveMaterial command) {
        if (!items.containsKey(command.materialId())) {
            apply(new MaterialReceived(command.matterId(), command.materialId(), "M-%04d".formatted(items.size() + 1),
                    command.description(), command.original(), command.pages(), command.copiesMade(),
                    command.receivedFrom(), command.receivedBy(), command.receivedOn(), command.storageLocation()));
        }
    }

    @CommandHandler
    void handle(LendMaterial command) {
        require(command.materialId(), Place.IN_STORAGE);
        apply(new MaterialLent(command.matterId(), command.materialId(), command.borrower(), command.lentOn(),
                command.dueBack()));
    }

    @CommandHandler
    void handle(BringBackMaterial command) {
        require(command.materialId(), Place.ON_LOAN);
        apply(new MaterialBroughtBack(command.matterId(), command.materialId(), command.broughtBackOn()));
    }

    @CommandHandler
    void handle(ReturnMaterialToClient command) {
        require(command.materialId(), Place.IN_STORAGE);
        apply(new MaterialReturnedToClient(command.matterId(), command.materialId(), command.returnedOn(),
                command.signedBy(), command.evidenceReference()));
    }

    @CommandHandler
    void handle(AgreeRetention command) {
        Item item = require(command.materialId(), Place.IN_STORAGE);
        if (!item.original()) {
            throw new RuleViolationException("not-an-original", item.number() + " is a copy; only originals need the "
                    + "client's agreement to be kept");
        }
        if (!item.retentionAgreed()) {
            apply(new MaterialRetentionAgreed(command.matterId(), command.materialId(), command.agreedOn(),
                    command.evidenceReference()));
        }
    }

    /** The register numbers of originals still held without the client's agreement that the firm keeps them. */
    List<String> originalsHeld() {
        return items.values().stream()
                .filter(i -> i.original() && i.place() != Place.RETURNED && !i.retentionAgreed())
                .map(Item::number).toList();
    }

    @EventSourcingHandler
    void on(MaterialReceived event) {
        items.put(event.materialId(), new Item(event.registerNumber(), event.original(), Place.IN_STORAGE, false));
    }

    @EventSourcingHandler
    void on(MaterialLent event) {
        items.computeIfPresent(event.materialId(), (id, item) -> item.in(Place.ON_LOAN));
    }

    @EventSourcingHandler
    void on(MaterialBroughtBack event) {
        items.computeIfPresent(event.materialId(), (id, item) -> item.in(Place.IN_STORAGE));
    }

    @EventSourcingHandler
    void on(MaterialReturnedToClient event) {
        items.computeIfPresent(event.materialId(), (id, item) -> item.in(Place.RETURNED));
    }

    @EventSourcingHandler
    void on(MaterialRetentionAgreed event) {
        items.computeIfPresent(event.materialId(),
                (id, item) -> new Item(item.number(), item.original(), item.place(), true));
    }

    private Item require(String materialId, Place expected) {
        Item item = items.get(materialId);
        if (item == null) {
            throw new RuleViolationException("material-unknown", "no material " + materialId + " is registered on this matter");
        }
        if (item.place() != expected) {
            throw new RuleViolationException("material-" + item.place().name().toLowerCase().replace('_', '-'),
                    item.number() + " is " + item.place().name().toLowerCase().replace('_', ' ') + ", not "
                            + expected.name().toLowerCase().replace('_', ' '));
        }
        return item;
    }
}
