package com.lawfirm.conflict.recheck;

import com.lawfirm.conflict.ConflictServiceApplication;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.ClientRegistered;
import com.lawfirm.events.intake.ClientRenamed;
import com.lawfirm.events.matter.DisclosureKind;
import com.lawfirm.events.matter.StaffDisclosureRecorded;
import com.lawfirm.events.party.Language;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Re-checks and absolute conflicts on a real PostgreSQL and Kafka: a new affiliation, a lateral hire's prior client or
 * a client's new or former name that puts the firm on both sides of live matters is reported once for review; a check that
 * would act for both sides of one matter can only be declined.
 */
@SpringBootTest(classes = ConflictServiceApplication.class,
        properties = {"spring.config.name=conflict-service", "lawfirm.service.name=conflict"})
@AutoConfigureMockMvc
@DirtiesContext
class RecheckApiTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "conflict_recheck");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;

    private final String analyst = TestStack.get().bearer("zhou.lei", "CONFLICTS_ANALYST");
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aNewAffiliationBetweenTheFirmsClientAndItsOpponentIsReportedOnceAndReviewed() throws Exception {
        String ours = "M-OURS-" + suffix;
        String theirs = "M-THEIRS-" + suffix;
        importLines(matter(ours, "鼎盛投资集团有限公司" + suffix, "远航贸易有限公司" + suffix),
                matter(theirs, "青松餐饮管理有限公司" + suffix, "北辰物业服务有限公司" + suffix));
        awaitMatterFound("北辰物业服务有限公司" + suffix, theirs);
        String affiliation = """
                {"type":"affiliation","subject":{"kind":"ORGANIZATION","name":"鼎盛投资集团有限公司%s"},"relation":"PARENT_OF","object":{"kind":"ORGANIZATION","name":"北辰物业服务有限公司%s"}}""";
        importLines(affiliation.formatted(suffix, suffix));

        String id = awaitDiscovery("AFFILIATION", ours);
        mvc.perform(get("/api/potential-conflicts/" + id).header("Authorization", analyst))
                .andExpect(jsonPath("$.matters[*].matterRef", containsInAnyOrder(ours, theirs)))
                .andExpect(jsonPath("$.path[0].from").value("鼎盛投资集团有限公司" + suffix))
                .andExpect(jsonPath("$.path[0].relation").value("PARENT_OF"))
                .andExpect(jsonPath("$.path[0].to").value("北辰物业服务有限公司" + suffix))
                .andExpect(jsonPath("$.subjectName").value("鼎盛投资集团有限公司" + suffix))
                .andExpect(jsonPath("$.description", not(containsString("鼎盛"))))
                .andExpect(jsonPath("$.status").value("AWAITING_REVIEW"));

        review(id, "{\"reasoning\":\"x\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("conclusion"));
        review(id, "{\"conclusion\":\"CONFLICT\",\"reasoning\":\"母公司为本所客户，子公司为对方当事人\"}").andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get("/api/potential-conflicts/" + id)
                .header("Authorization", analyst)).andExpect(jsonPath("$.status").value("REVIEWED")));
        review(id, "{\"conclusion\":\"NO_CONFLICT\",\"reasoning\":\"again\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("already-reviewed"));
        mvc.perform(post("/api/potential-conflicts/" + id + "/review").header("Authorization", TestStack.get().bearer("a", "AUDITOR"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"conclusion\":\"CONFLICT\",\"reasoning\":\"r\"}"))
                .andExpect(status().isForbidden());

        // the same affiliation recorded again (another import, a redelivery) connects nothing new
        importLines(affiliation.formatted(suffix, suffix).replace("PARENT_OF", "CONTROLLED_BY").replace(
                "\"subject\":{\"kind\":\"ORGANIZATION\",\"name\":\"鼎盛", "\"subject\":{\"kind\":\"ORGANIZATION\",\"aliases\":[\"鼎盛集团\"],\"name\":\"鼎盛"));
        awaitMatterFound("鼎盛集团", ours);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                mvc.perform(get("/api/potential-conflicts?size=500").header("Authorization", analyst))
                        .andExpect(jsonPath("$.items[?(@.matters[0].matterRef == '%s' || @.matters[1].matterRef == '%s')]"
                                .formatted(ours, ours), hasSize(1))));
    }

    @Test
    void aLateralHiresPriorClientOnTheOtherSideOfAnOpenMatterIsReported() throws Exception {
        String ref = "M-LAT-" + suffix;
        importLines(matter(ref, "云帆航空服务有限公司" + suffix, "Oscorp Industries " + suffix));
        awaitMatterFound("Oscorp Industries " + suffix, ref);
        new KafkaTestClient(codec).publish(Topics.MATTER, new StaffDisclosureRecorded("S-" + suffix, "吴倩",
                DisclosureKind.PRIOR_CLIENT, PartyKind.ORGANIZATION, "Oscorp Industries " + suffix + " Inc.", List.of(),
                List.of(), "client at her former firm"));
        String id = awaitDiscovery("STAFF_PRIOR_CLIENT", ref);
        mvc.perform(get("/api/potential-conflicts/" + id).header("Authorization", analyst))
                .andExpect(jsonPath("$.staffId").value("S-" + suffix));
    }

    @Test
    void aClientWhoseFormerNameIsAnOpponentsIsReportedWhenTheRenamingIsRecorded() throws Exception {
        String ref = "M-REN-" + suffix;
        String clientId = "c-" + suffix;
        importLines(matter(ref, "长风文化传媒有限公司" + suffix, "星河影业有限公司" + suffix));
        awaitMatterFound("星河影业有限公司" + suffix, ref);
        KafkaTestClient kafka = new KafkaTestClient(codec);
        kafka.publish(Topics.INTAKE, "Client", clientId, 0, new ClientRegistered(clientId, PartyKind.ORGANIZATION,
                "银河娱乐有限公司" + suffix, List.of(), List.of(), List.of(), List.of(), Language.ZH, null, null, null));
        kafka.publish(Topics.INTAKE, "Client", clientId, 1, new ClientRenamed(clientId, "银河娱乐有限公司" + suffix,
                "星河影业有限公司" + suffix, java.time.LocalDate.now()));
        awaitDiscovery("CLIENT_RENAMED", ref);
    }

    @Test
    void actingForBothSidesOfOneMatterCanOnlyBeDeclined() throws Exception {
        String ref = "M-ABS-" + suffix;
        importLines(matter(ref, "华光照明有限公司" + suffix, "明达电器有限公司" + suffix));
        awaitMatterFound("明达电器有限公司" + suffix, ref);
        String id = JsonPath.read(mvc.perform(post("/api/conflict-checks").header("Authorization", analyst)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"purpose":"AD_HOC","parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"明达电器有限公司%s"},
                        {"role":"ADVERSE","kind":"ORGANIZATION","name":"华光照明有限公司%s"}]}""".formatted(suffix, suffix)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String check = "/api/conflict-checks/" + id;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get(check).header("Authorization", analyst))
                .andExpect(jsonPath("$.absoluteConflicts[0].rule").value("both-sides-of-one-matter"))
                .andExpect(jsonPath("$.absoluteConflicts[0].matterRef").value(ref)));
        decide(check, "{\"assessment\":\"WAIVER_REQUIRED\",\"reasoning\":\"双方同意\",\"waiversRequiredFrom\":[\"华光照明有限公司\"]}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("absolute-conflict"));
        decide(check, "{\"assessment\":\"ABSOLUTE\",\"reasoning\":\"同一案件双方代理\"}").andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get(check).header("Authorization", analyst))
                .andExpect(jsonPath("$.status").value("DECLINED")));
    }

    private static String matter(String ref, String client, String adverse) {
        return """
                {"type":"matter","matterRef":"%s","title":"合同纠纷","status":"OPEN","practiceArea":"LITIGATION","parties":[{"role":"CLIENT","kind":"ORGANIZATION","name":"%s"},{"role":"ADVERSE","kind":"ORGANIZATION","name":"%s"}]}"""
                .formatted(ref, client, adverse);
    }

    private void importLines(String... lines) throws Exception {
        mvc.perform(post("/api/party-imports").header("Authorization", analyst)
                        .contentType("application/x-ndjson").content(String.join("\n", lines) + "\n"))
                .andExpect(status().isCreated());
    }

    private void awaitMatterFound(String name, String ref) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(post("/api/conflict-searches")
                        .header("Authorization", analyst).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parties\":[{\"role\":\"RELATED\",\"kind\":\"ORGANIZATION\",\"name\":\"" + name + "\"}]}"))
                .andExpect(jsonPath("$.hits[*].hit.matters[*].matterRef", hasItem(ref))));
    }

    private String awaitDiscovery(String trigger, String matterRef) {
        String filter = "$.items[?(@.trigger == '%s' && (@.matters[0].matterRef == '%s' || @.matters[1].matterRef == '%s'))].discoveryId"
                .formatted(trigger, matterRef, matterRef);
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> ids = JsonPath.read(mvc.perform(get("/api/potential-conflicts?status=AWAITING_REVIEW&size=500")
                    .header("Authorization", analyst)).andReturn().getResponse().getContentAsString(), filter);
            return ids.isEmpty() ? null : ids.get(0);
        }, java.util.Objects::nonNull);
    }

    private ResultActions review(String id, String body) throws Exception {
        return mvc.perform(post("/api/potential-conflicts/" + id + "/review").header("Authorization", analyst)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions decide(String check, String body) throws Exception {
        return mvc.perform(post(check + "/decision").header("Authorization", analyst)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
