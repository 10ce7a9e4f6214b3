package com.lawfirm.intake;

import com.jayway.jsonpath.JsonPath;
import com.lawfirm.events.Topics;
import com.lawfirm.events.billing.FeeTermsApproved;
import com.lawfirm.events.conflict.ConflictCheckCleared;
import com.lawfirm.kit.bus.EnvelopeCodec;
import com.lawfirm.kit.testing.KafkaTestClient;
import com.lawfirm.kit.testing.TestStack;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An inquiry taken through intake over HTTP, as staff take it: the conflict service's clearance and billing's decision
 * on the fee terms arrive over Kafka, published here.
 */
public final class IntakeFlow {

    public static final String TERMS = """
            {"matterType":"CIVIL_LITIGATION","matterDescription":"买卖合同纠纷一审 sales contract dispute, first instance",
             "termStart":"2026-11-25","termEnd":"2027-11-24",
             "paymentSchedule":[{"milestone":"签约 on signing","dueOn":"2026-11-30","amount":30000.00}],
             "rightsAndDuties":"委托人如实陈述案情","liability":"以律师费为限","disputeResolution":"提交杭州仲裁委员会仲裁"}""";

    /** The firm's signature, the one that completes a contract the client signed first. */
    public static final String FIRM_SIGNS = """
            {"side":"FIRM","signatory":"张伟 Zhang Wei","signedOn":"2026-11-27"}""";

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final MockMvc mvc;
    private final EnvelopeCodec codec;
    private final String intake = TestStack.get().bearer("chen.jing", "INTAKE");
    private final String lawyer = TestStack.get().bearer("li.na", "LAWYER");
    private final String partner = TestStack.get().bearer("zhang.wei", "PARTNER");

    public IntakeFlow(MockMvc mvc, EnvelopeCodec codec) {
        this.mvc = mvc;
        this.codec = codec;
    }

    /** An inquiry taken through the conflict check and a proposal the prospect accepted. */
    public String acceptedInquiry(String referrer) throws Exception {
        return accepted(inquiry(referrer));
    }

    /** An inquiry of a client the firm already has (a former client come back, say), taken as far. */
    public String acceptedInquiryOfClient(String clientId, String name) throws Exception {
        return accepted("""
                {"source":{"channel":"PHONE"},"prospect":{"kind":"PERSON","name":"%s"},
                 "roughNeed":"劳动争议 labour dispute","existingClientId":"%s"}""".formatted(name, clientId));
    }

    /** The inquiry {@code inquiry} (its JSON body) taken as far. */
    public String accepted(String inquiry) throws Exception {
        String id = JsonPath.read(call(post("/api/inquiries"), intake, inquiry)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String checkId = JsonPath.read(call(post("/api/inquiries/" + id + "/conflict-check"), intake, """
                {"parties":[{"role":"PROSPECTIVE_CLIENT","kind":"ORGANIZATION","name":"长沙精和环保科技有限公司"},
                            {"role":"ADVERSE","kind":"ORGANIZATION","name":"杭州澜海智能科技有限公司"}]}""")
                .andReturn().getResponse().getContentAsString(), "$.checkId");
        kafka().publish(Topics.CONFLICT, new ConflictCheckCleared(checkId, id, List.of()));
        await().atMost(WAIT).untilAsserted(() ->
                mvc.perform(get("/api/inquiries/" + id).header("Authorization", intake)).andExpect(jsonPath("$.stage").value("CLEARED")));
        call(post("/api/inquiries/" + id + "/proposals"), lawyer, """
                {"objectives":"收回货款","scope":"一审诉讼","quote":{"currency":"CNY","components":[
                 {"model":"STAGED","amount":30000.00,"milestone":"立案"},{"model":"STAGED","amount":50000.00,"milestone":"一审判决"}]}}""")
                .andExpect(status().isCreated());
        call(post("/api/inquiries/" + id + "/proposals/1/acceptance"), lawyer, "{}").andExpect(status().isAccepted());
        await().atMost(WAIT).untilAsserted(() ->
                mvc.perform(get("/api/inquiries/" + id).header("Authorization", intake))
                        .andExpect(jsonPath("$.stage").value("PROPOSAL_ACCEPTED")));
        return id;
    }

    /** The engagement drafted from an accepted inquiry, reviewed by a partner and its fee terms approved by billing. */
    public String approvedEngagement(String inquiryId) throws Exception {
        String id = JsonPath.read(call(post("/api/engagements"), lawyer,
                "{\"inquiryId\":\"" + inquiryId + "\",\"terms\":" + TERMS + "}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        awaitEngagement(id, "$.termsVersion", 1);
        call(post("/api/engagements/" + id + "/review"), partner, "{\"decision\":\"APPROVED\"}")
                .andExpect(status().isAccepted());
        kafka().publish(Topics.BILLING, new FeeTermsApproved(id, 1, "CN-2026"));
        awaitEngagement(id, "$.feeDecision.approved", true);
        return id;
    }

    public static String inquiry(String referrer) {
        return """
                {"source":{"channel":"CLIENT_REFERRAL","referrerClientId":"%s"},
                 "prospect":{"kind":"ORGANIZATION","name":"长沙精和环保科技有限公司"},"roughNeed":"买卖合同纠纷"}""".formatted(referrer);
    }

    public void awaitEngagement(String id, String path, Object value) {
        await().atMost(WAIT).untilAsserted(() ->
                mvc.perform(get("/api/engagements/" + id).header("Authorization", lawyer)).andExpect(jsonPath(path).value(value)));
    }

    public KafkaTestClient kafka() {
        return new KafkaTestClient(codec);
    }

    /** A POST's answer, for requests sent from other threads (a failure to send is unchecked there). */
    public MockHttpServletResponse response(String path, String token, String body) {
        try {
            return call(post(path), token, body).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public ResultActions call(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
