package com.lawfirm.matter.casefile;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.MatterFeesSettled;
import com.lawfirm.events.intake.ClientPersonalDataErased;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.events.privacy.PersonalData;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
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
import org.springframework.test.web.servlet.ResultActions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A matter's working life through HTTP on a real PostgreSQL and Kafka: staffing, who sees it, the client's
 * authorisation before a settlement, custody of an original, closing only when its conditions hold, the archive.
 */
@SpringBootTest(classes = {MatterServiceApplication.class, TestMatters.class},
        properties = {"spring.config.name=matter-service", "lawfirm.service.name=matter"})
@AutoConfigureMockMvc
@DirtiesContext
class MatterWorkTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "matter_work");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MatterRegistration registration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    TestMatters matters;

    private final TestStack stack = TestStack.get();
    private final String admin = stack.bearer("admin", "ADMIN");
    private final String partner = stack.bearer("zhao.min", "PARTNER");
    private final String lead = stack.bearer("li.na", "LAWYER");
    private final String stranger = stack.bearer("wang.fang", "LAWYER");

    @Test
    void aMatterFromStaffingToTheArchive() throws Exception {
        String partnerId = enrol("赵敏 Zhao Min", "PARTNER", "zhao.min");
        String leadId = enrol("李娜 Li Na", "LAWYER", "li.na");
        enrol("王芳 Wang Fang", "LAWYER", "wang.fang");
        String matter = openMatter();

        // staffing: the first partner to staff it becomes responsible; members see it once they sign the undertaking
        send(post(matter + "/team"), partner, "{\"staffId\":\"" + partnerId + "\",\"role\":\"RESPONSIBLE_PARTNER\"}")
                .andExpect(status().isAccepted());
        send(post(matter + "/team"), partner, "{\"staffId\":\"" + leadId + "\",\"role\":\"LEAD_LAWYER\"}")
                .andExpect(status().isAccepted());
        send(post(matter + "/team"), partner, "{\"staffId\":\"nobody\",\"role\":\"MEMBER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("staffId"));
        await().atMost(WAIT).untilAsserted(() -> read(matter, admin).andExpect(jsonPath("$.team.length()").value(2)));
        read(matter, lead).andExpect(status().isNotFound());
        send(post(matter + "/team/" + leadId + "/undertaking"), stranger, "").andExpect(status().isNotFound());
        send(post(matter + "/team/" + partnerId + "/undertaking"), lead, "").andExpect(status().isForbidden());
        send(post(matter + "/team/" + leadId + "/undertaking"), lead, "").andExpect(status().isAccepted());
        send(post(matter + "/team/" + partnerId + "/undertaking"), partner, "").andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> read(matter, admin)
                .andExpect(jsonPath("$.team[?(@.undertakingSigned == true)]").value(org.hamcrest.Matchers.hasSize(2))));
        read(matter, lead).andExpect(status().isNotFound()); // signed, but conflict-service has not cleared them yet

        // conflict-service clears the lead; the partner's own disclosures conflict with the matter
        String id = matter.substring(13);
        matters.conflictCheck(id, leadId, List.of());
        matters.conflictCheck(id, partnerId, List.of("ADVERSE 某公司: 前客户 prior client (赵敏 Zhao Min)"));
        await().atMost(WAIT).untilAsserted(() -> read(matter, lead).andExpect(status().isOk())
                .andExpect(jsonPath("$.readers").value(hasItem("li.na"))));
        await().atMost(WAIT).untilAsserted(() -> read(matter, admin)
                .andExpect(jsonPath("$.team[?(@.staffId == '" + partnerId + "')].conflictCleared").value(hasItem(false))));
        read(matter, partner).andExpect(status().isNotFound());

        // strangers are told the matter does not exist; auditors read it; roles without matter work are refused
        read(matter, stranger).andExpect(status().isNotFound());
        mvc.perform(get("/api/matters").header("Authorization", stranger))
                .andExpect(jsonPath("$.items[*].matterId", not(hasItem(matter.substring(13)))));
        mvc.perform(get("/api/matters?mine=true").header("Authorization", lead))
                .andExpect(jsonPath("$.items[*].matterId", hasItem(matter.substring(13))));
        send(post(matter + "/materials"), stranger, material(true)).andExpect(status().isNotFound());
        read(matter, stack.bearer("audit", "AUDITOR")).andExpect(status().isOk());
        read(matter, stack.bearer("desk", "INTAKE")).andExpect(status().isForbidden());

        // bad input names the field and writes nothing
        long events = eventsOf(matter);
        send(post(matter + "/materials"), lead, material(true).replace("\"pages\":12", "\"pages\":-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pages"));
        assertThat(eventsOf(matter)).isEqualTo(events);

        // a settlement is recorded only against the client's approval
        String settlement = "{\"decision\":\"SETTLEMENT\",\"description\":\"和解协议已签署 Settlement signed\",\"takenOn\":\"2026-11-28\"}";
        send(post(matter + "/actions"), lead, settlement)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("authorization-required"));
        String authorization = idOf(send(post(matter + "/authorizations"), lead, """
                {"decision":"SETTLEMENT","question":"是否接受80万元和解？Accept the 800,000 settlement?",
                 "options":["接受 Accept","拒绝 Refuse"],"recommendation":"接受 Accept"}""")
                .andExpect(status().isCreated()));
        send(post(matter + "/actions"), lead, settlement)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("authorization-required"));
        send(post(matter + "/authorizations/" + authorization + "/response"), lead, """
                {"approved":true,"chosenOption":"接受 Accept","channel":"E_SIGNATURE","evidenceReference":"esign:7f3a",
                 "answeredOn":"2026-11-28"}""").andExpect(status().isAccepted());
        send(post(matter + "/actions"), lead, settlement).andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(matter + "/authorizations").header("Authorization", lead))
                .andExpect(jsonPath("$.items[0].status").value("USED")));

        // an original in custody, and fees unpaid, keep the matter open
        String original = idOf(send(post(matter + "/materials"), lead, material(true)).andExpect(status().isCreated()));
        String closing = "{\"outcome\":\"调解结案 Settled\",\"finalReportSentOn\":\"2026-11-28\",\"closedOn\":\"2026-11-28\"}";
        send(post(matter + "/closing"), lead, closing).andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("closing-conditions-unmet"))
                .andExpect(jsonPath("$.detail", containsString("fees are not settled")))
                .andExpect(jsonPath("$.detail", containsString("M-0001")));
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(matter + "/materials").header("Authorization", lead))
                .andExpect(jsonPath("$.items[0].registerNumber").value("M-0001"))
                .andExpect(jsonPath("$.items[0].place").value("IN_STORAGE")));
        send(post(matter + "/materials/" + original + "/return"), lead,
                "{\"returnedOn\":\"2026-11-28\",\"signedBy\":\"周总\",\"evidenceReference\":\"receipt:2026-0042\"}")
                .andExpect(status().isAccepted());

        // billing's settlement arrives over Kafka, twice; the matter then closes and its archive date is set
        KafkaTestClient kafka = new KafkaTestClient(codec);
        MatterFeesSettled settled = new MatterFeesSettled(matter.substring(13), LocalDate.of(2026, 11, 28));
        kafka.publishAgain(Topics.BILLING, settled, kafka.publish(Topics.BILLING, settled));
        await().atMost(WAIT).untilAsserted(() -> read(matter, lead)
                .andExpect(jsonPath("$.feesSettledOn").value("2026-11-28")));
        send(post(matter + "/closing"), lead, closing).andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> read(matter, lead).andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.archiveDueOn").value("2027-02-28")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ? AND payload_type"
                + " LIKE '%FeeSettlementAcknowledged'", Long.class, matter.substring(13))).isEqualTo(1);

        // closed: no new work; archived: read-only for everyone
        send(post(matter + "/materials"), lead, material(false))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("closed"));
        send(post(matter + "/archive"), lead, "").andExpect(status().isForbidden());
        send(post(matter + "/archive"), stack.bearer("dang.an", "ARCHIVIST"), "").andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> read(matter, lead).andExpect(jsonPath("$.status").value("ARCHIVED"))
                .andExpect(jsonPath("$.retentionClass").value("LONG")));
        send(post(matter + "/feedback"), lead, "{\"score\":5,\"channel\":\"回访电话 call\",\"recordedOn\":\"2026-11-28\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("archived"));
    }

    /**
     * A team member's check found the client among their own past work; once the client is erased, the finding (it
     * names the client) goes from the matter's team with the rest of the client's data, and the member stays.
     */
    @Test
    void theClientsErasureTakesWhatTheTeamsChecksFoundAndLeavesTheTeam() throws Exception {
        String client = "苏州远航物流有限公司 Erased " + UUID.randomUUID().toString().substring(0, 8);
        String memberId = enrol("钱坤 Qian Kun", "LAWYER", "qian.kun." + UUID.randomUUID().toString().substring(0, 8));
        String matter = openMatter(client);
        String id = matter.substring(13);
        send(post(matter + "/team"), admin, "{\"staffId\":\"" + memberId + "\",\"role\":\"MEMBER\"}")
                .andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> read(matter, admin).andExpect(jsonPath("$.team.length()").value(1)));
        matters.conflictCheck(id, memberId, List.of("ADVERSE " + client + ": 前客户 prior client (钱坤 Qian Kun)"));
        await().atMost(WAIT).untilAsserted(() -> read(matter, admin)
                .andExpect(jsonPath("$.team[0].conflictFindings[0]").value(containsString(client))));
        String engagementId = JsonPath.read(read(matter, admin).andReturn().getResponse().getContentAsString(),
                "$.engagementId");
        String namesTheClient = "SELECT count(*) FROM read_model WHERE doc::text LIKE ?";
        assertThat(jdbc.queryForObject(namesTheClient, Long.class, "%" + client + "%")).isPositive();

        String clientId = UUID.randomUUID().toString();
        new KafkaTestClient(codec).publish(Topics.INTAKE, "Client", clientId, 0, new ClientPersonalDataErased(clientId,
                List.of(clientId, engagementId, id), LocalDate.of(2026, 11, 28), null, "archivist"));

        await().atMost(WAIT).untilAsserted(() -> read(matter, admin)
                .andExpect(jsonPath("$.clientName").value(PersonalData.ERASED))
                .andExpect(jsonPath("$.team[0].conflictFindings.length()").value(0))
                .andExpect(jsonPath("$.team[0].staffId").value(memberId)));
        assertThat(jdbc.queryForObject(namesTheClient, Long.class, "%" + client + "%"))
                .as("no read model of the matter service names the erased client").isZero();
    }

    private String enrol(String name, String role, String login) throws Exception {
        return idOf(send(post("/api/staff"), admin, """
                {"name":"%s","role":"%s","licenceNumber":"1310120191012%04d","joinedOn":"2026-01-01","login":"%s"}"""
                .formatted(name, role, Math.abs(login.hashCode() % 10000), login)).andExpect(status().isCreated()));
    }

    private String openMatter() {
        return openMatter("无锡恒越精密机械有限公司");
    }

    private String openMatter(String client) {
        EngagementTerms terms = new EngagementTerms("买卖合同纠纷一审 Sales contract dispute", MatterType.CIVIL_LITIGATION,
                "一审", null, null, new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("80000"),
                null, null, null, null, null)), null, null), List.of(), null, null, null, null);
        EngagementSigned engagement = new EngagementSigned(UUID.randomUUID().toString(), "inq-" + UUID.randomUUID(), null,
                client, List.of(new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, client, List.of(), List.of())),
                terms, 1, "周总", LocalDate.of(2026, 11, 28), "张伟",
                LocalDate.of(2026, 11, 28));
        registration.open(engagement);
        String path = "/api/matters/" + MatterRegistration.matterId(engagement.engagementId());
        await().atMost(WAIT).untilAsserted(() -> read(path, admin).andExpect(status().isOk()));
        return path;
    }

    private static String material(boolean original) {
        return """
                {"description":"买卖合同原件 Sales contract","original":%s,"pages":12,"copiesMade":2,"receivedFrom":"周总",
                 "receivedOn":"2026-11-28","storageLocation":"档案室 A-3"}""".formatted(original);
    }

    private ResultActions read(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", token));
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String idOf(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private long eventsOf(String path) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_id = ?", Long.class,
                path.substring(13));
    }
}
