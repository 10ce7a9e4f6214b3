package com.lawfirm.matter.staff;

import com.jayway.jsonpath.JsonPath;
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

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The staff directory through HTTP on a real PostgreSQL and Kafka. */
@SpringBootTest(classes = MatterServiceApplication.class,
        properties = {"spring.config.name=matter-service", "lawfirm.service.name=matter"})
@AutoConfigureMockMvc
@DirtiesContext
class StaffDirectoryTest {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStack.register(registry, "matter_staff");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aLateralHireJoinsAndDisclosesPriorClients() throws Exception {
        String partner = TestStack.get().bearer("zhang.wei", "PARTNER");
        String id = JsonPath.read(mvc.perform(post("/api/staff").header("Authorization", partner)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"孙丽 Sun Li","role":"LAWYER","practiceAreas":["LIT"],"expertise":["海商 maritime"],
                                 "licenceNumber":"13101201910123456","joinedOn":"2026-11-01","login":"sun.li"}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/staff/" + id + "/disclosures").header("Authorization", partner)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PRIOR_CLIENT\",\"partyKind\":\"ORGANIZATION\",\"name\":\"Massive Cargo Inc.\"}"))
                .andExpect(status().isAccepted());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/api/staff").header("Authorization", TestStack.get().bearer("zhou.lei", "CONFLICTS_ANALYST")))
                        .andExpect(jsonPath("$.items[*].name", hasItem("孙丽 Sun Li")))
                        .andExpect(jsonPath("$.items[0].disclosures[0].name").value("Massive Cargo Inc.")));
        mvc.perform(post("/api/staff").header("Authorization", partner).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"role\":\"LAWYER\",\"joinedOn\":\"2026-11-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("licenceNumber"));
        mvc.perform(post("/api/staff").header("Authorization", partner).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"孙立\",\"role\":\"SUPPORT\",\"joinedOn\":\"2026-11-01\",\"login\":\"Sun.Li\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("login-taken"));
        mvc.perform(post("/api/staff").header("Authorization", partner).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"孙立\",\"role\":\"SUPPORT\",\"joinedOn\":\"2026-11-01\",\"login\":\"sun li\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("login"));
        mvc.perform(post("/api/staff").header("Authorization", TestStack.get().bearer("li.na", "LAWYER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"role\":\"SUPPORT\",\"joinedOn\":\"2026-11-01\"}"))
                .andExpect(status().isForbidden());
    }
}
