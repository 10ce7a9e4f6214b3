package com.lawfirm.kit.testapp;

import com.lawfirm.kit.problem.NotFoundException;
import com.lawfirm.kit.readmodel.ReadModelStore;
import com.lawfirm.kit.testapp.NoteEvents.CloseNote;
import com.lawfirm.kit.testapp.NoteEvents.CreateNote;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.UUID;

@RestController
@RequestMapping("/api/notes")
class NoteController {

    enum Kind { MEMO, LETTER }

    record NewNote(@NotBlank @Size(max = 200) String title, Kind kind) {
    }

    private final CommandGateway commands;
    private final ReadModelStore store;

    NoteController(CommandGateway commands, ReadModelStore store) {
        this.commands = commands;
        this.store = store;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('WRITER')")
    Map<String, String> create(@Valid @RequestBody NewNote note) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new CreateNote(id, note.title()));
        return Map.of("id", id);
    }

    @PostMapping("/{id}/closing")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WRITER')")
    void close(@PathVariable String id) {
        commands.sendAndWait(new CloseNote(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('WRITER', 'READER')")
    NoteView get(@PathVariable String id) {
        return store.get("notes", id, NoteView.class).orElseThrow(() -> new NotFoundException("note", id));
    }
}
