package com.lawfirm.kit.testapp;

import com.lawfirm.kit.rebuild.ProjectionRebuilds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The test app's notes as the rebuild tests make and read them: created by command, read from the read model. */
final class Notes {

    private Notes() {
    }

    /** Notes created one by one, titled {@code title} and their number; their ids, in order. */
    static List<String> create(CommandGateway commands, int count, String title) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            commands.sendAndWait(new NoteEvents.CreateNote(id, title + i));
            ids.add(id);
        }
        return ids;
    }

    /** A condition on the notes' ids, to add to {@link #count}. */
    static String inList(List<String> ids) {
        return ids.stream().collect(Collectors.joining("','", " AND id IN ('", "')"));
    }

    /** The notes in the current copy, with a further condition ("" for all). */
    static long count(JdbcTemplate jdbc, String condition) {
        return jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection = 'notes'" + condition, Long.class);
    }

    /** Every note of the current copy, as stored: id, version and document. */
    static List<Map<String, Object>> rows(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT id, version, doc::text AS doc FROM read_model WHERE collection = 'notes'"
                + " ORDER BY id");
    }

    /** The notes projection's status on the instance. */
    static ProjectionRebuilds.Status status(ProjectionRebuilds rebuilds) {
        return rebuilds.statuses().stream().filter(status -> status.name().equals("notes")).findFirst().orElseThrow();
    }

    /** Whether the notes projection is being rebuilt into a shadow copy on the instance. */
    static boolean shadow(ProjectionRebuilds rebuilds) {
        return status(rebuilds).shadow();
    }
}
