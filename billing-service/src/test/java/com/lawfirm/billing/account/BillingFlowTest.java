package com.lawfirm.billing.account;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.billing.BillingServiceApplication;
import com.lawfirm.events.Topics;
import com.lawfirm.events.intake.EngagementSigned;
import com.lawfirm.events.intake.EngagementTerms;
import com.lawfirm.events.intake.FeeComponent;
import com.lawfirm.events.intake.FeeModel;
import com.lawfirm.events.intake.FeeQuote;
import com.lawfirm.events.intake.MatterType;
import com.lawfirm.events.matter.ConfidentialityUndertakingSigned;
import com.lawfirm.events.matter.EthicalWallErected;
import com.lawfirm.events.matter.WallSource;
import com.lawfirm.events.matter.MatterOpened;
import com.lawfirm.events.matter.MemberConflictCheckRecorded;
import com.lawfirm.events.matter.StaffMemberJoined;
import com.lawfirm.events.matter.StaffRole;
import com.lawfirm.events.matter.TeamMemberAssigned;
import com.lawfirm.events.matter.TeamRole;
import com.lawfirm.events.party.MatterParty;
import com.lawfirm.events.party.PartyKind;
import com.lawfirm.events.party.PartyRole;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A matter's money on a real PostgreSQL and Kafka: the fee agreement from the signed engagement, time and expenses
 * approved by the lead lawyer, invoices with VAT under gapless numbers, payments and the retainer, receivables ageing,
 * and the settlement matter-service waits for.
 */
@SpringBootTest(classes = BillingServiceApplication.class,
        properties = {"spring.config.name=billing-service", "lawfirm.service.name=billing"})
@AutoConfigureMockMvc
@DirtiesContext
class BillingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "billing_flow");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EnvelopeCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    private final TestStack stack = TestStack.get();
    private final String billing = stack.bearer("qian.kuai", "BILLING");
    private final String lead = stack.bearer("li.na", "LAWYER");
    private final String partner = stack.bearer("zhao.min", "PARTNER");
    private final String stranger = stack.bearer("wang.fang", "LAWYER");
    private String currentMatter;
    private String currentEngagement;

    @Test
    void fromTheSignedEngagementToSettledFees() throws Exception {
        String matter = signAndOpen(new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("80000"),
                null, null, null, null, null)), null, null), "c-1");
        currentMatter = matter;

        // the fee agreement, once however often the signature is delivered
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/fee-agreements/" + matter), billing, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agreement.quote.components[0].model").value("FIXED"))
                .andExpect(jsonPath("$.matterNumber").value("2026-LIT-0042")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%FeeAgreementMade'"
                + " AND aggregate_id = ?", Long.class, currentEngagement)).isEqualTo(1);

        // time and expenses by the team; refused input writes nothing; strangers do not see the matter
        await().atMost(WAIT).untilAsserted(() -> send(post("/api/time-entries"), lead, time(85)).andExpect(status().isCreated()));
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        send(post("/api/time-entries"), lead, time(0)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minutes"));
        send(post("/api/time-entries"), lead, time(30).replace("\"rate\":1500", "\"rate\":15.005"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rate"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
        send(post("/api/time-entries"), stranger, time(30)).andExpect(status().isNotFound());
        send(post("/api/time-entries"), stack.bearer("chen.xin", "LAWYER"), time(30)).andExpect(status().isNotFound());
        String expense = id(send(post("/api/expenses"), lead, """
                {"matterId":"%s","category":"诉讼费 Court fee","amount":880,"receiptReference":"A-1","incurredOn":"%s"}"""
                .formatted(matter, TODAY)).andExpect(status().isCreated()));

        // approval by the lead lawyer, then the work in progress is ready to bill
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/matters/" + matter + "/wip"), lead, "")
                .andExpect(jsonPath("$.items.length()").value(2)));
        List<String> entries = JsonPath.read(send(get("/api/matters/" + matter + "/wip"), lead, "").andReturn()
                .getResponse().getContentAsString(), "$.items[?(@.kind == 'TIME')].itemId");
        String entry = entries.get(0);
        send(post("/api/time-entries/" + entry + "/approval"), stranger, "").andExpect(status().isNotFound());
        send(post("/api/time-entries/" + entry + "/approval"), lead, "").andExpect(status().isAccepted());
        send(post("/api/expenses/" + expense + "/approval"), lead, "").andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/matters/" + matter + "/wip"), billing, "")
                .andExpect(jsonPath("$.approvedUnbilled").value(3130.00)));
        send(get("/api/reports/wip"), billing, "")
                .andExpect(jsonPath("$[?(@.lawyer == 'li.na')].approvedUnbilled").value(hasItem(3130.00)));
        send(get("/api/reports/utilisation?from=" + TODAY + "&to=" + TODAY), partner, "")
                .andExpect(jsonPath("$[?(@.lawyer == 'li.na')].billableHours").value(hasItem(1.5)))
                .andExpect(jsonPath("$[?(@.lawyer == 'li.na')].utilisation").value(hasItem(1.0)));
        send(get("/api/reports/realisation?from=" + TODAY + "&to=" + TODAY), billing, "")
                .andExpect(jsonPath("$.worked").value(2250.00)).andExpect(jsonPath("$.billed").value(0.00));
        send(get("/api/reports/utilisation?from=yesterday&to=" + TODAY), billing, "").andExpect(status().isBadRequest());

        // invoices: VAT at 6%, issued only once approved, numbered without gaps
        String work = id(send(post("/api/invoices"), billing, "{\"matterId\":\"" + matter + "\"}").andExpect(status().isCreated()));
        String instalment = id(send(post("/api/invoices"), billing, """
                {"matterId":"%s","fixedAmount":1000,"description":"二期款 Second instalment"}""".formatted(matter))
                .andExpect(status().isCreated()));
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/invoices/" + work), billing, "")
                .andExpect(jsonPath("$.net").value(3130.00)).andExpect(jsonPath("$.vat").value(187.80))
                .andExpect(jsonPath("$.gross").value(3317.80)));
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/invoices/" + instalment), billing, "").andExpect(status().isOk()));
        send(post("/api/invoices/" + work + "/issue"), billing, "")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("invoice-not-approved"));
        send(post("/api/invoices/" + work + "/approval"), partner, "").andExpect(status().isAccepted());
        send(post("/api/invoices/" + instalment + "/approval"), partner, "").andExpect(status().isAccepted());
        send(post("/api/invoices/" + work + "/issue"), billing, "").andExpect(status().isOk())
                .andExpect(jsonPath("$.invoiceNumber").value("INV-" + TODAY.getYear() + "-00001"));
        send(post("/api/invoices/" + work + "/issue"), billing, "").andExpect(status().isConflict());
        send(post("/api/invoices/" + instalment + "/issue"), billing, "").andExpect(status().isOk())
                .andExpect(jsonPath("$.invoiceNumber").value("INV-" + TODAY.getYear() + "-00002"));
        send(post("/api/invoices/" + work + "/sending"), billing, """
                {"via":"FAX","sentTo":"周总","sentOn":"%s"}""".formatted(TODAY))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("via"));
        send(post("/api/invoices/" + work + "/sending"), billing, """
                {"via":"EMAIL","sentTo":"finance@hengyue.example","sentOn":"%s"}""".formatted(TODAY))
                .andExpect(status().isAccepted());
        send(post("/api/invoices/" + work + "/sending"), billing, """
                {"via":"POST","sentTo":"无锡市新吴区 Wuxi, 周总","sentOn":"%s"}""".formatted(TODAY))
                .andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/invoices/" + work), billing, "")
                .andExpect(jsonPath("$.timesSent").value(2)).andExpect(jsonPath("$.sentVia").value("POST")));

        // receivables, then payments: one from the bank, one drawn from the retainer
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/reports/ar-aging"), billing, "")
                .andExpect(jsonPath("$.total['0-30']").value(4377.80)));
        send(post("/api/matters/" + matter + "/settlement"), billing, "{\"settledOn\":\"" + TODAY + "\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("fees-outstanding"));
        send(post("/api/payments"), billing, payment(work, "3317.81", false))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("exceeds-balance"));
        send(post("/api/payments"), billing, payment(work, "3317.80", false)).andExpect(status().isCreated());
        send(post("/api/retainers"), billing, """
                {"matterId":"%s","amount":1060,"receivedOn":"%s","reference":"bank:R-1"}""".formatted(matter, TODAY))
                .andExpect(status().isCreated());
        send(post("/api/payments"), billing, payment(instalment, "1060.00", true)).andExpect(status().isCreated());
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/reports/ar-aging"), billing, "")
                .andExpect(jsonPath("$.total['0-30']").value(0.00)));
        send(get("/api/clients/c-1/statement"), billing, "")
                .andExpect(jsonPath("$.invoices.length()").value(2))
                .andExpect(jsonPath("$.invoiced").value(4377.80))
                .andExpect(jsonPath("$.paid").value(4377.80))
                .andExpect(jsonPath("$.balance").value(0.00));
        send(get("/api/reports/realisation?from=" + TODAY + "&to=" + TODAY), billing, "")
                .andExpect(jsonPath("$.billed").value(2250.00)).andExpect(jsonPath("$.realisation").value(1.0));

        // settled: matter-service hears of it on Kafka, and the account takes no more charges
        send(post("/api/matters/" + matter + "/settlement"), billing, "{\"settledOn\":\"" + TODAY + "\"}")
                .andExpect(status().isAccepted());
        new KafkaTestClient(codec).awaitPublished(Topics.BILLING, envelope -> envelope.type().endsWith("MatterFeesSettled")
                && envelope.aggregateId().equals(matter));
        send(post("/api/time-entries"), lead, time(30))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("fees-settled"));

        // an ethical wall screening the billing clerk beats their role: the matter's money is gone from their view
        new KafkaTestClient(codec).publish(Topics.MATTER, "EthicalWall", "wall-" + matter, 0, new EthicalWallErected(
                "wall-" + matter, matter, null, List.of("qian.kuai"), WallSource.MANUAL, "回避 Recusal", "zhou.lei", TODAY));
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/invoices/" + work), billing, "")
                .andExpect(status().isNotFound()));
        send(get("/api/matters/" + matter + "/wip"), billing, "").andExpect(status().isNotFound());
        send(get("/api/invoices/" + work), stack.bearer("qian.shen", "AUDITOR"), "").andExpect(status().isOk());
        // and each attempt is recorded for the wall's report
        new KafkaTestClient(codec).awaitPublished(Topics.BILLING, envelope -> envelope.type().endsWith("AccountAccessDenied")
                && envelope.payload().path("wallId").asText().equals("wall-" + matter)
                && envelope.payload().path("attempted").asText().equals("GET /api/matters/" + matter + "/wip"));
    }

    /**
     * Time priced by what the client agreed, up to its cap, else by the firm's rate for the lawyer's role; agreed fees
     * drafted from the agreement, each once. Another client, an earlier work date, nothing approved or issued: the
     * firm-wide figures the first test checks stay as they are.
     */
    @Test
    void timeIsPricedByTheAgreementOrTheRateCardAndAgreedFeesAreBilledOnce() throws Exception {
        String hourly = signAndOpen(new FeeQuote("CNY", List.of(
                new FeeComponent(FeeModel.HOURLY, new BigDecimal("3000"), new BigDecimal("2000"), new BigDecimal("20"), null, null, "封顶 capped"),
                new FeeComponent(FeeModel.STAGED, new BigDecimal("50000"), null, null, null, "一审判决", "一审判决后 After judgment")),
                null, null), "c-2");
        currentMatter = hourly;
        String lastWeek = TODAY.minusDays(7).toString();
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/fee-agreements/" + hourly), billing, "").andExpect(status().isOk()));
        await().atMost(WAIT).untilAsserted(() -> send(post("/api/time-entries"), lead, untimed(60, lastWeek))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rate").value("2000"))
                .andExpect(jsonPath("$.rateFrom").value("agreement")));
        send(post("/api/time-entries"), lead, untimed(60, lastWeek)).andExpect(status().isCreated());
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/matters/" + hourly + "/wip"), lead, "")
                .andExpect(jsonPath("$.awaitingApproval").value(3000.00)));

        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        send(post("/api/invoices"), billing, "{\"matterId\":\"" + hourly + "\",\"milestone\":\"二审判决\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("milestone"));
        send(post("/api/invoices"), billing, "{\"matterId\":\"" + hourly + "\",\"milestone\":\"一审判决\",\"fee\":\"FIXED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fee"));
        send(post("/api/invoices"), billing, "{\"matterId\":\"" + hourly + "\",\"fee\":\"FIXED\",\"recovered\":5}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("recovered"));
        send(post("/api/invoices"), billing, "{\"matterId\":\"" + hourly + "\",\"fee\":\"FIXED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fee"));
        send(post("/api/invoices"), billing, "{\"matterId\":\"" + hourly + "\",\"fee\":\"BARTER\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fee"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(events);
        String judgment = id(send(post("/api/invoices"), billing, "{\"matterId\":\"" + hourly + "\",\"milestone\":\"一审判决\"}")
                .andExpect(status().isCreated()));
        send(post("/api/invoices"), billing, "{\"matterId\":\"" + hourly + "\",\"milestone\":\"一审判决\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("fee-already-billed"));
        await().atMost(WAIT).untilAsserted(() -> send(get("/api/invoices/" + judgment), billing, "")
                .andExpect(jsonPath("$.net").value(50000.00)).andExpect(jsonPath("$.gross").value(53000.00)));

        // no hourly rate agreed: the firm's standard rate for the lawyer's role, once matter-service has said what it is
        String fixed = signAndOpen(new FeeQuote("CNY", List.of(new FeeComponent(FeeModel.FIXED, new BigDecimal("20000"),
                null, null, null, null, null)), null, null), "c-2");
        currentMatter = fixed;
        await().atMost(WAIT).untilAsserted(() -> send(post("/api/time-entries"), lead, untimed(30, lastWeek))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rate")));
        new KafkaTestClient(codec).publish(Topics.MATTER, "Staff", "s-1", 0, new StaffMemberJoined("s-1", "李娜", StaffRole.LAWYER,
                List.of("CIVIL_LITIGATION"), List.of(), "1310120100000", TODAY.minusYears(3), "li.na"));
        await().atMost(WAIT).untilAsserted(() -> send(post("/api/time-entries"), lead, untimed(30, lastWeek))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.rate").value("1500"))
                .andExpect(jsonPath("$.rateFrom").value("role")));
    }

    private String untimed(int minutes, String workDate) {
        return """
                {"matterId":"%s","workDate":"%s","minutes":%d,"activity":"开庭 Hearing"}""".formatted(currentMatter, workDate, minutes);
    }

    private String signAndOpen(FeeQuote fee, String client) {
        KafkaTestClient kafka = new KafkaTestClient(codec);
        String engagement = UUID.randomUUID().toString();
        currentEngagement = engagement;
        String matter = UUID.randomUUID().toString();
        EngagementTerms terms = new EngagementTerms("买卖合同纠纷一审 Sales contract dispute", MatterType.CIVIL_LITIGATION,
                "一审", null, null, fee, List.of(), null, null, null, null);
        EngagementSigned signed = new EngagementSigned(engagement, "inq-1", client, "无锡恒越精密机械有限公司",
                List.of(new MatterParty(PartyRole.CLIENT, PartyKind.ORGANIZATION, "无锡恒越精密机械有限公司", List.of(),
                        List.of())), terms, 1, "周总", TODAY, "张伟", TODAY);
        String eventId = kafka.publish(Topics.INTAKE, "Engagement", engagement, 6, signed);
        kafka.publishAgain(Topics.INTAKE, signed, eventId);
        kafka.publish(Topics.MATTER, "Matter", matter, 0, new MatterOpened(matter, "2026-LIT-0042", engagement, "inq-1",
                client, "无锡恒越精密机械有限公司", MatterType.CIVIL_LITIGATION, terms.matterDescription(), signed.parties(), TODAY, null));
        kafka.publish(Topics.MATTER, "Matter", matter, 1, new TeamMemberAssigned(matter, "s-1", "li.na", "李娜",
                TeamRole.LEAD_LAWYER, TODAY));
        kafka.publish(Topics.MATTER, "Matter", matter, 2, new TeamMemberAssigned(matter, "s-2", "zhao.min", "赵敏",
                TeamRole.RESPONSIBLE_PARTNER, TODAY));
        kafka.publish(Topics.MATTER, "Matter", matter, 3, new ConfidentialityUndertakingSigned(matter, "s-1", TODAY));
        kafka.publish(Topics.MATTER, "Matter", matter, 4, new ConfidentialityUndertakingSigned(matter, "s-2", TODAY));
        // a third member signed, but conflict-service found their own prior client among the parties
        kafka.publish(Topics.MATTER, "Matter", matter, 5, new TeamMemberAssigned(matter, "s-3", "chen.xin", "陈欣",
                TeamRole.MEMBER, TODAY));
        kafka.publish(Topics.MATTER, "Matter", matter, 6, new ConfidentialityUndertakingSigned(matter, "s-3", TODAY));
        kafka.publish(Topics.MATTER, "Matter", matter, 7, new MemberConflictCheckRecorded(matter, "s-3", false,
                List.of("ADVERSE 某公司: prior client")));
        kafka.publish(Topics.MATTER, "Matter", matter, 8, new MemberConflictCheckRecorded(matter, "s-1", true, List.of()));
        kafka.publish(Topics.MATTER, "Matter", matter, 9, new MemberConflictCheckRecorded(matter, "s-2", true, List.of()));
        return matter;
    }

    private String time(int minutes) {
        return """
                {"matterId":"%s","workDate":"%s","minutes":%d,"activity":"起草起诉状 Drafting the complaint","rate":1500}"""
                .formatted(currentMatter, TODAY, minutes);
    }

    private String payment(String invoiceId, String amount, boolean fromRetainer) {
        return """
                {"matterId":"%s","allocations":[{"invoiceId":"%s","amount":%s}],"receivedOn":"%s","reference":"bank:P",
                 "fromRetainer":%s}""".formatted(currentMatter, invoiceId, amount, TODAY, fromRetainer);
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
