package com.lawfirm.kit.testapp;

import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testapp.NoteEvents.NoteClosed;
import com.lawfirm.kit.testapp.NoteEvents.NoteCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

@Component
@ProcessingGroup("notes")
class NoteProjection {

    private final ReadModelStore store;

    NoteProjection(ReadModelStore store) {
        this.store = store;
    }

    /** A rebuild replays every event into an empty collection. */
    @ResetHandler
    void reset() {
        store.clear("notes");
    }

    /** A test's hold on the handling of one note: it waits there until released, or a minute at most. */
    record Hold(String noteId, CountDownLatch reached, CountDownLatch released) {
    }

    static final AtomicReference<Hold> HOLD = new AtomicReference<>();

    /** A note whose creation the handler fails on whenever it is replayed: a handler that a later change broke. */
    static final AtomicReference<String> FAILS_ON_REPLAY = new AtomicReference<>();

    @EventHandler
    void on(NoteCreated event, @SequenceNumber long sequence, @MetaDataValue("userId") String user,
            ReplayStatus replay) throws InterruptedException {
        if (replay.isReplay() && event.noteId().equals(FAILS_ON_REPLAY.get())) {
            throw new IllegalStateException("卷宗无法重建 the file cannot be rebuilt: " + event.noteId());
        }
        Hold hold = HOLD.get();
        if (hold != null && hold.noteId().equals(event.noteId())) {
            hold.reached().countDown();
            hold.released().await(1, TimeUnit.MINUTES);
        }
        store.upsert("notes", event.noteId(), sequence, new NoteView(event.noteId(), event.title(), false, user));
    }

    @EventHandler
    void on(NoteClosed event, @SequenceNumber long sequence) {
        store.update("notes", event.noteId(), sequence, NoteView.class,
                v -> new NoteView(v.noteId(), v.title(), true, v.createdBy()));
    }
}
