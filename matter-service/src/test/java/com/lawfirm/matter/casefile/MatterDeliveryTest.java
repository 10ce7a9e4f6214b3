package com.lawfirm.matter.casefile;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.testing.TestStack;
import com.lawfirm.matter.MatterServiceApplication;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Delivering a matter through HTTP on a real PostgreSQL and Kafka, and the staff queries that show what is due:
 * deadlines, overdue reports, key events not told in time, corrective actions; lawyer suggestions and workload.
 */
@SpringBootTest(classes = {MatterServiceApplication.class, TestMatters.class},
        properties = {"spring.config.name=matter-service", "lawfirm.service.name=matter"})
@AutoConfigureMockMvc
@DirtiesContext
class MatterDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "matter_delivery");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    MatterRegistration registration;
    @Autowired
    TestMatters matters;

    private final TestStack stack = TestStack.get();
    private final String admin = stack.bearer("admin", "ADMIN");
    private final String partner = stack.bearer("zhao.min", "PARTNER");
    private final String lead = stack.bearer("li.na", "LAWYER");

    @Test
    void aMatterIsStaffedPlannedReportedAndReviewedAndTheRegisterShowsWhatIsDue() throws Exception {
        String partnerId = enrol("赵敏 Zhao Min", "PARTNER", "zhao.min", "LIT", "合同 contracts");
        String leadId = enrol("李娜 Li Na", "LAWYER", "li.na", "LIT", "买卖合同 sales");
        enrol("王芳 Wang Fang", "LAWYER", "wang.fang", "IP", "专利 patents");
        String matter = openMatter();
        String id = matter.substring(13);

        // suggestions: lawyers of the area whose expertise the matter mentions first, a patent lawyer last
        await().atMost(WAIT).untilAsserted(() -> send(get(matter + "/lawyer-suggestions"), partner, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].practisesInArea").value(true))
                .andExpect(jsonPath("$[2].name").value("王芳 Wang Fang")));
        send(get(matter + "/lawyer-suggestions"), lead, "").andExpect(status().isForbidden());

        staff(matter, partnerId, "RESPONSIBLE_PARTNER", partner);
        staff(matter, leadId, "LEAD_LAWYER", lead);

        // the work plan: a change after the client's confirmation needs a new one
        String plan = """
                {"items":[{"itemId":"t-1","kind":"TASK","title":"整理证据目录 Evidence index","owner":"li.na","dueOn":"%s"},
                          {"itemId":"t-2","kind":"MILESTONE","title":"一审开庭 Hearing","owner":"li.na","dueOn":"%s"}]}"""
                .formatted(TODAY.plusDays(10), TODAY.plusDays(60));
        send(post(matter + "/work-plan"), lead, plan).andExpect(status().isAccepted());
        send(post(matter + "/work-plan/confirmation"), lead, confirmation(1)).andExpect(status().isAccepted());
        send(post(matter + "/work-plan"), lead, plan).andExpect(status().isAccepted());
        send(post(matter + "/work-plan/confirmation"), lead, confirmation(1))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("work-plan-changed"));
        send(post(matter + "/work-plan/confirmation"), lead, confirmation(2)).andExpect(status().isAccepted());
        send(post(matter + "/work-plan"), lead, "{\"items\":[]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("items"));
        await().atMost(WAIT).untilAsserted(() -> register(lead, "mine=true&deadlineBefore=" + TODAY.plusDays(30))
                .andExpect(jsonPath("$.items[*].matterId", hasItem(id)))
                .andExpect(jsonPath("$.items[0].workPlanConfirmedVersion").value(2)));
        send(post(matter + "/work-plan/items/t-1/completion"), lead, "{\"completedOn\":\"" + TODAY + "\"}")
                .andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> register(lead, "deadlineBefore=" + TODAY.plusDays(30))
                .andExpect(jsonPath("$.items[*].matterId", not(hasItem(id)))));

        // progress reports on a weekly cadence: overdue until one is sent
        send(post(matter + "/reporting-cadence"), lead, "{\"cadence\":\"WEEKLY\",\"firstReportDue\":\"" + TODAY.minusDays(1) + "\"}")
                .andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> register(lead, "reportsOverdue=true")
                .andExpect(jsonPath("$.items[*].matterId", hasItem(id))));
        send(post(matter + "/progress-reports"), lead, """
                {"periodFrom":"%s","periodTo":"%s","content":"证据已提交 Evidence filed","channel":"email","sentOn":"%s"}"""
                .formatted(TODAY.minusDays(7), TODAY, TODAY)).andExpect(status().isCreated());
        await().atMost(WAIT).untilAsserted(() -> register(lead, "reportsOverdue=true")
                .andExpect(jsonPath("$.items[*].matterId", not(hasItem(id)))));

        // a ruling two days ago, to be told within a day: late until the client is told
        String ruling = JsonPath.read(send(post(matter + "/key-events"), lead, """
                {"kind":"RULING","description":"一审判决 First-instance judgment","occurredAt":"%s"}"""
                .formatted(Instant.now().minus(Duration.ofDays(2)))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        await().atMost(WAIT).untilAsserted(() -> register(lead, "keyEventsLate=true")
                .andExpect(jsonPath("$.items[*].matterId", hasItem(id))));
        send(post(matter + "/key-events/" + ruling + "/communication"), lead,
                "{\"channel\":\"phone\",\"communicatedTo\":\"周总\",\"communicatedAt\":\"" + Instant.now() + "\"}")
                .andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> register(lead, "keyEventsUntold=true")
                .andExpect(jsonPath("$.items[*].matterId", not(hasItem(id)))));

        // a case conference, and a partner's review whose corrective action stays due until done
        send(post(matter + "/conferences"), lead, """
                {"heldOn":"%s","attendees":["li.na","zhao.min"],"questions":["是否申请财产保全？"],"conclusions":["申请保全"]}"""
                .formatted(TODAY)).andExpect(status().isCreated());
        String review = """
                {"kind":"SPOT_CHECK","checklist":[{"item":"委托手续齐全","passed":false,"note":"缺授权委托书"}],
                 "findings":"授权委托书未归档","rating":3,
                 "actions":[{"action":"补交授权委托书","owner":"li.na","dueOn":"%s"}],"reviewedOn":"%s"}"""
                .formatted(TODAY.plusDays(5), TODAY);
        send(post(matter + "/quality-reviews"), lead, review).andExpect(status().isForbidden());
        send(post(matter + "/quality-reviews"), partner, review.replace("\"rating\":3", "\"rating\":9"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rating"));
        send(post(matter + "/quality-reviews"), partner, review).andExpect(status().isCreated());
        await().atMost(WAIT).untilAsserted(() -> register(partner, "actionsDueBefore=" + TODAY.plusDays(7))
                .andExpect(jsonPath("$.items[*].matterId", hasItem(id))));

        // the client file: a document with the hash of its content; a malformed hash is refused naming the field
        String document = """
                {"kind":"POWER_OF_ATTORNEY","title":"授权委托书 Power of attorney","sizeBytes":20480,
                 "contentHash":"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08",
                 "storageUri":"s3://client-files/poa.pdf"}""";
        send(post(matter + "/documents"), lead, document.replace("9F86", "XX86"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("contentHash"));
        send(post(matter + "/documents"), lead, document).andExpect(status().isCreated());
        await().atMost(WAIT).untilAsserted(() -> send(get(matter + "/documents"), lead, "")
                .andExpect(jsonPath("$.items[0].contentHash")
                        .value("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        send(get(matter + "/documents"), stack.bearer("wang.fang", "LAWYER"), "").andExpect(status().isNotFound());

        send(get("/api/matters/workload"), partner, "").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '李娜 Li Na')].openMatters").value(hasItem(1)));
        register(lead, "status=NOT_A_STATUS").andExpect(status().isBadRequest());
    }

    private void staff(String matter, String staffId, String role, String memberToken) throws Exception {
        send(post(matter + "/team"), partner, "{\"staffId\":\"" + staffId + "\",\"role\":\"" + role + "\"}")
                .andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> send(post(matter + "/team/" + staffId + "/undertaking"), memberToken, "")
                .andExpect(status().isAccepted()));
        matters.conflictCheck(matter.substring(13), staffId, List.of());
        await().atMost(WAIT).untilAsserted(() -> send(get(matter), memberToken, "").andExpect(status().isOk()));
    }

    private static String confirmation(int version) {
        return "{\"version\":%d,\"confirmedBy\":\"周总\",\"channel\":\"WRITTEN\",\"evidenceReference\":\"letter:%d\",\"confirmedOn\":\"%s\"}"
                .formatted(version, version, TODAY);
    }

    private String enrol(String name, String role, String login, String area, String expertise) throws Exception {
        return JsonPath.read(send(post("/api/staff"), admin, """
                {"name":"%s","role":"%s","licenceNumber":"1310120191012%04d","joinedOn":"2026-01-01","login":"%s",
                 "practiceAreas":["%s"],"expertise":["%s"]}"""
                .formatted(name, role, Math.abs(login.hashCode() % 10000), login, area, expertise))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String openMatter() {
        EngagementTerms terms = new EngagementTerms("买卖合同纠纷一审 Sales contract dispute", MatterType.CIVIL_LITIGATION,
                "一审", null, null, new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("80000"),
                null, null, null, null, null)), null, null), List.of(), null, null, null, null);
        EngagementSigned engagement = new EngagementSigned(UUID.randomUUID().toString(), "inq-" + UUID.randomUUID(), null,
                "无锡恒越精密机械有限公司", List.of(new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION,
                "无锡恒越精密机械有限公司", List.of(), List.of())), terms, 1, "周总", TODAY, "张伟", TODAY);
        registration.open(engagement);
        String path = "/api/matters/" + MatterRegistration.matterId(engagement.engagementId());
        await().atMost(WAIT).untilAsserted(() -> send(get(path), admin, "").andExpect(status().isOk()));
        return path;
    }

    private ResultActions register(String token, String query) throws Exception {
        return send(get("/api/matters?" + query), token, "");
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
