package com.lawfirm.kit.testapp;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.kit.testing.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A read model rebuilt from the event store equals the one built live, document for document and version for version. */
@SpringBootTest(classes = KitTestApplication.class, properties = {"lawfirm.service.name=kitrebuild",
        "spring.flyway.locations=classpath:db/kit,classpath:db/kittest"})
@AutoConfigureMockMvc
@DirtiesContext
class ProjectionRebuildTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "kit_rebuild");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String writer = TestStack.get().bearer("li.na", "WRITER");
    private final String admin = TestStack.get().bearer("admin", "ADMIN");

    @Test
    void aRebuiltReadModelEqualsTheLiveOne() throws Exception {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            notes.add(JsonPath.read(mvc.perform(post("/api/notes").header("Authorization", writer)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"委托事项 Matter note " + i + "\"}"))
                    .andReturn().getResponse().getContentAsString(), "$.id"));
        }
        for (String note : notes.subList(0, 5)) {
            mvc.perform(post("/api/notes/" + note + "/closing").header("Authorization", writer));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp("notes"));
        List<Map<String, Object>> live = notes();
        assertThat(live).hasSizeGreaterThanOrEqualTo(12);

        mvc.perform(post("/api/admin/projections/notes/rebuild").header("Authorization", admin))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.name").value("notes"));
        await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp("notes") && notes().size() == live.size());
        assertThat(notes()).isEqualTo(live);

        mvc.perform(post("/api/admin/projections/notes/rebuild").header("Authorization", writer)).andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/projections/nothing/rebuild").header("Authorization", admin)).andExpect(status().isNotFound());
        mvc.perform(post("/api/admin/projections/kafka-publisher/rebuild").header("Authorization", admin))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("not-a-projection"));
    }

    @Test
    void whileARebuildReplaysQueriesAnswerFromTheWholeCurrentCopy() throws Exception {
        for (int i = 0; i < 300; i++) {
            mvc.perform(post("/api/notes").header("Authorization", writer).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"卷宗 File " + i + "\"}")).andExpect(status().isCreated());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> caughtUp("notes"));
        List<Map<String, Object>> live = notes();

        // damage the current copy: only a rebuild that really replays the store brings these back
        jdbc.update("DELETE FROM read_model WHERE collection = 'notes' AND id IN (SELECT id FROM read_model"
                + " WHERE collection = 'notes' ORDER BY id LIMIT 100)");
        int damaged = live.size() - 100;
        mvc.perform(post("/api/admin/projections/notes/rebuild").header("Authorization", admin))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.shadow").value(true));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            seen.add(notes().size());
            return caughtUp("notes");
        });
        assertThat(seen).as("the damaged copy, then the rebuilt one: never a partial one").isSubsetOf(damaged, live.size());
        assertThat(notes()).isEqualTo(live);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM read_model WHERE collection LIKE '%__shadow'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM projection_rebuild", Long.class)).as("no longer under way")
                .isZero();

        // the rebuilt copy goes on living
        mvc.perform(post("/api/notes").header("Authorization", writer).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"新卷宗 New file\"}")).andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(30)).until(() -> notes().size() == live.size() + 1);
    }

    private boolean caughtUp(String projection) throws Exception {
        List<Boolean> flags = JsonPath.read(mvc.perform(get("/api/admin/projections").header("Authorization", admin))
                .andReturn().getResponse().getContentAsString(), "$[?(@.name == '" + projection + "')].caughtUp");
        return !flags.isEmpty() && flags.get(0);
    }

    private List<Map<String, Object>> notes() {
        return jdbc.queryForList("SELECT id, version, doc::text AS doc FROM read_model WHERE collection = 'notes' ORDER BY id");
    }
}
