package com.lawfirm.kit.testapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** Commands and events of the test aggregate. */
final class NoteEvents {

    private NoteEvents() {
    }

    record CreateNote(String noteId, String title) {
    }

    record CloseNote(@TargetAggregateIdentifier String noteId) {
    }

    @Revision("1")
    record NoteCreated(String noteId, String title) {
    }

    @Revision("1")
    record NoteClosed(String noteId) {
    }
}
