package com.lawfirm.kit.testapp;

import com.lawfirm.kit.readmodel.ReadModelStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A read model in "another service", fed from Kafka when {@code lawfirm.bus.consumers.note-index} is set. */
@Component
@ProcessingGroup("note-index")
class NoteIndex {

    static final String COLLECTION = "note_index";

    record Entry(String noteId, String title, boolean closed) {
    }

    /** A test's hold on the handling of one note, as {@link NoteProjection#HOLD}. */
    static final AtomicReference<NoteProjection.Hold> HOLD = new AtomicReference<>();

    private final ReadModelStore store;

    NoteIndex(ReadModelStore store) {
        this.store = store;
    }

    @ResetHandler
    void reset() {
        store.clear(COLLECTION);
    }

    @EventHandler
    void on(NoteEvents.NoteCreated event) throws InterruptedException {
        NoteProjection.Hold hold = HOLD.get();
        if (hold != null && hold.noteId().equals(event.noteId())) {
            hold.reached().countDown();
            hold.released().await(1, TimeUnit.MINUTES);
        }
        store.upsert(COLLECTION, event.noteId(), 1, new Entry(event.noteId(), event.title(), false));
    }

    @EventHandler
    void on(NoteEvents.NoteClosed event) {
        store.get(COLLECTION, event.noteId(), Entry.class)
                .ifPresent(entry -> store.upsert(COLLECTION, event.noteId(), 2, new Entry(entry.noteId(), entry.title(), true)));
    }
}
