package com.lawfirm.kit.testapp;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.kit.testing.TestStack;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
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
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What auditors get from every service, on a real PostgreSQL: an aggregate's state at any moment, tamper evidence
 * that catches an edited or removed event row, and the daily digest; and no way to change anything.
 */
@SpringBootTest(classes = KitTestApplication.class, properties = {"lawfirm.service.name=kitaudit",
        "spring.flyway.locations=classpath:db/kit,classpath:db/kittest"})
@AutoConfigureMockMvc
@DirtiesContext
class AuditTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "kit_audit");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    TransactionTemplate transactions;

    private final String writer = TestStack.get().bearer("li.na", "WRITER");
    private final String auditor = TestStack.get().bearer("qian.shen", "AUDITOR");
    private final String admin = TestStack.get().bearer("admin", "ADMIN");

    @Test
    void anAggregatesStateIsReplayedAsItWasAtAnyMoment() throws Exception {
        String note = create("审计笔记 Audit note");
        Instant open = Instant.now();
        mvc.perform(post("/api/notes/" + note + "/closing").header("Authorization", writer)).andExpect(status().is2xxSuccessful());

        mvc.perform(get("/api/audit/Note/" + note + "/state").param("asOf", open.toString()).header("Authorization", auditor))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sequenceNumber").value(0))
                .andExpect(jsonPath("$.state.noteId").value(note))
                .andExpect(jsonPath("$.state.closed").value(false));
        mvc.perform(get("/api/audit/Note/" + note + "/state").param("asOf", Instant.now().toString())
                        .header("Authorization", auditor))
                .andExpect(jsonPath("$.sequenceNumber").value(1))
                .andExpect(jsonPath("$.state.closed").value(true));
        mvc.perform(get("/api/audit/Note/" + note + "/state").param("asOf", "2020-01-01T00:00:00Z")
                .header("Authorization", auditor)).andExpect(status().isNotFound());
        mvc.perform(get("/api/audit/Note/" + note + "/state").param("asOf", "yesterday")
                .header("Authorization", auditor)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/audit/Note/" + note + "/state").param("asOf", open.toString())
                .header("Authorization", writer)).andExpect(status().isForbidden());
    }

    @Test
    void anEditedOrRemovedEventRowBreaksTheChain() throws Exception {
        String edited = create("原始标题 Original title");
        mvc.perform(post("/api/notes/" + edited + "/closing").header("Authorization", writer)).andExpect(status().is2xxSuccessful());
        verify(edited).andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.events").value(2));

        jdbc.update("UPDATE domain_event_entry SET payload = replace(payload, '原始标题', '篡改标题') "
                + "WHERE aggregate_id = ? AND sequence_number = 0", edited);
        verify(edited).andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenSequence").value(0))
                .andExpect(jsonPath("$.finding", containsString("differs")));

        String shortened = create("会被删掉的结尾 An ending to be removed");
        mvc.perform(post("/api/notes/" + shortened + "/closing").header("Authorization", writer)).andExpect(status().is2xxSuccessful());
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_id = ? AND sequence_number = 1", shortened);
        verify(shortened).andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.firstBrokenSequence").value(1))
                .andExpect(jsonPath("$.finding", containsString("removed")));
    }

    /** Constraints on a path variable or a query parameter: 400 naming it, after the caller's role is checked. */
    @Test
    void aBadParameterIs400NamingItAndTheRoleComesFirst() throws Exception {
        String note = create("参数 Parameters");
        mvc.perform(get("/api/audit/Note/" + note + "/events").param("size", "0").header("Authorization", auditor))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/audit/No+te/" + note + "/verify").header("Authorization", auditor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("aggregateType"));
        mvc.perform(get("/api/audit/Note/" + note + "/events").param("size", "0").header("Authorization", writer))
                .andExpect(status().isForbidden());
    }

    /** Several events in one append, two aggregates interleaved: each is linked to its own aggregate's link before. */
    @Test
    void eachEventOfOneAppendIsLinkedToItsAggregatesPreviousOne() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> storage.appendEvents(List.of(
                new GenericDomainEventMessage<>("Note", first, 0, new NoteEvents.NoteCreated(first, "一次追加 One append")),
                new GenericDomainEventMessage<>("Note", second, 0, new NoteEvents.NoteCreated(second, "同一批 Same batch")),
                new GenericDomainEventMessage<>("Note", first, 1, new NoteEvents.NoteClosed(first)))));

        verify(first).andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.events").value(2));
        verify(second).andExpect(jsonPath("$.intact").value(true)).andExpect(jsonPath("$.events").value(1));
        assertThat(jdbc.queryForList("SELECT sequence_number FROM event_chain WHERE aggregate_id = ? ORDER BY 1",
                Long.class, first)).containsExactly(0L, 1L);
    }

    @Test
    void theDailyDigestIsRecordedOnceAndPrintable() throws Exception {
        create("摘要 Digest");
        String first = JsonPath.read(mvc.perform(post("/api/audit/digests").header("Authorization", admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.digest");
        create("当天稍后 Later that day");
        mvc.perform(post("/api/audit/digests").header("Authorization", admin)).andExpect(jsonPath("$.digest").value(first));
        mvc.perform(get("/api/audit/digests/" + LocalDate.now(ZoneOffset.UTC)).header("Authorization", auditor)
                        .accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isOk()).andExpect(content().string(containsString("SHA-256: " + first)));
        mvc.perform(post("/api/audit/digests").header("Authorization", auditor)).andExpect(status().isForbidden());
        mvc.perform(post("/api/notes").header("Authorization", auditor).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"x\"}")).andExpect(status().isForbidden());
    }

    private String create(String title) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/notes").header("Authorization", writer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"" + title + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private org.springframework.test.web.servlet.ResultActions verify(String note) throws Exception {
        return mvc.perform(get("/api/audit/Note/" + note + "/verify").header("Authorization", auditor)).andExpect(status().isOk());
    }
}
