package com.lawfirm.matter.casefile;

import com.lawfirm.events.matter.MaterialBroughtBack;
import com.lawfirm.events.matter.MaterialLent;
import com.lawfirm.events.matter.MaterialReceived;
import com.lawfirm.events.matter.MaterialRetentionAgreed;
import com.lawfirm.events.matter.MaterialReturnedToClient;
import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** Keeps the register of client materials, one document per item; "originals in custody" reads from it. */
@Component
@ProcessingGroup("materials")
class MaterialProjection {

    static final String COLLECTION = "matter_materials";

    private final ReadModelStore store;

    MaterialProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(MaterialReceived e, @SequenceNumber long seq) {
        MaterialView v = new MaterialView();
        v.materialId = e.materialId();
        v.matterId = e.matterId();
        v.registerNumber = e.registerNumber();
        v.description = e.description();
        v.original = e.original();
        v.pages = e.pages();
        v.copiesMade = e.copiesMade();
        v.receivedFrom = e.receivedFrom();
        v.receivedBy = e.receivedBy();
        v.receivedOn = e.receivedOn();
        v.storageLocation = e.storageLocation();
        v.place = "IN_STORAGE";
        store.upsert(COLLECTION, e.materialId(), seq, v);
    }

    @EventHandler
    void on(MaterialLent e, @SequenceNumber long seq) {
        change(e.materialId(), seq, v -> {
            v.place = "ON_LOAN";
            v.borrower = e.borrower();
            v.dueBack = e.dueBack();
        });
    }

    @EventHandler
    void on(MaterialBroughtBack e, @SequenceNumber long seq) {
        change(e.materialId(), seq, v -> {
            v.place = "IN_STORAGE";
            v.borrower = null;
            v.dueBack = null;
        });
    }

    @EventHandler
    void on(MaterialReturnedToClient e, @SequenceNumber long seq) {
        change(e.materialId(), seq, v -> {
            v.place = "RETURNED";
            v.returnedOn = e.returnedOn();
            v.returnSignedBy = e.signedBy();
            v.returnEvidence = e.evidenceReference();
        });
    }

    @EventHandler
    void on(MaterialRetentionAgreed e, @SequenceNumber long seq) {
        change(e.materialId(), seq, v -> v.retentionAgreed = true);
    }

    private void change(String materialId, long seq, Consumer<MaterialView> change) {
        store.change(COLLECTION, materialId, seq, MaterialView.class, change);
    }
}
