package com.lawfirm.kit.testapp;

import com.lawfirm.kit.problem.InvalidFieldException;
import com.lawfirm.kit.problem.RuleViolationException;
import com.lawfirm.kit.testapp.NoteEvents.CloseNote;
import com.lawfirm.kit.testapp.NoteEvents.CreateNote;
import com.lawfirm.kit.testapp.NoteEvents.NoteClosed;
import com.lawfirm.kit.testapp.NoteEvents.NoteCreated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
class Note {

    @AggregateIdentifier
    private String noteId;
    private boolean closed;

    Note() {
    }

    @CommandHandler
    Note(CreateNote command) {
        if (command.title() == null || command.title().isBlank()) {
            throw new InvalidFieldException("title", "must not be blank");
        }
        apply(new NoteCreated(command.noteId(), command.title()));
    }

    @CommandHandler
    void handle(CloseNote command) {
        if (closed) {
            throw new RuleViolationException("note-closed", "the note is already closed");
        }
        apply(new NoteClosed(noteId));
    }

    @EventSourcingHandler
    void on(NoteCreated event) {
        noteId = event.noteId();
    }

    @EventSourcingHandler
    void on(NoteClosed event) {
        closed = true;
    }
}
