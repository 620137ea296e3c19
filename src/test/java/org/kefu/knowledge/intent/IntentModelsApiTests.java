package org.kefu.knowledge.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.knowledge.Language;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The admin API over model versions, and a model's trip through its database row. */
@KefuTest
class IntentModelsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntentModelStore store;

    @Test
    void onlyAdministratorsSeeOrRetrainModels() throws Exception {
        long before = rows();
        mvc.perform(get("/api/v1/knowledge/models").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/knowledge/models").with(staff.as("supervisor.bj")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"try\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/knowledge/models").with(staff.as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").isString())
                .andExpect(jsonPath("$.versions").isArray());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aRetrainWithoutAReasonOrWithNonsenseIsRefusedNamingTheField() throws Exception {
        long before = rows();
        mvc.perform(post("/api/v1/knowledge/models").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/knowledge/models").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"" + "x".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/knowledge/models").with(staff.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": 12, \"unknown\": [}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/knowledge/models").param("limit", "0").with(staff.as("admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/knowledge/models/v99999999").with(staff.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/knowledge/models/latest").with(staff.as("admin"))).andExpect(status().isNotFound());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aRetrainRunsInTheBackgroundAndEndsReadyOrSayingWhyNotAudited() throws Exception {
        waitForNoTraining();
        String body = mvc.perform(post("/api/v1/knowledge/models").with(staff.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"new utterances reviewed\"}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("training"))
                .andExpect(jsonPath("$.requestedBy").value("admin"))
                .andReturn().getResponse().getContentAsString();
        String version = JsonPath.read(body, "$.version");
        String status = "training";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (status.equals("training") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = JsonPath.read(mvc.perform(get("/api/v1/knowledge/models/" + version).with(staff.as("admin")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.status");
        }
        assertThat(status).isIn("ready", "failed");
        IntentModelVersion row = store.find(Long.parseLong(version.substring(1))).orElseThrow();
        if (status.equals("ready")) {
            assertThat(row.heldOutAccuracy()).isNotNull();
            assertThat(row.progress()).isEqualTo(1.0);
            mvc.perform(get("/api/v1/knowledge/models").with(staff.as("admin")))
                    .andExpect(jsonPath("$.active").value(version));
        } else {
            assertThat(row.error()).as("without a knowledge base of two intents there is nothing to learn")
                    .contains("two intents");
        }
        assertThat(audited("knowledge.intent-model.training-requested", version)).isEqualTo(1);
        assertThat(audited(status.equals("ready") ? "knowledge.intent-model.activated" : "knowledge.intent-model.failed",
                version)).isEqualTo(1);
    }

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void aModelComesBackFromItsRowScoringTheSame() throws Exception {
        IntentModel model = IntentDecisionTests.twoWords();
        // Rolled back, never committed: other nodes (and this one's poll) must never see this toy model as the newest.
        transaction.executeWithoutResult(tx -> {
            tx.setRollbackOnly();
            long id = store.start("test", "round trip");
            store.ready(id, new IntentTrainer.Result(model, 1.0, 2, 40), IntentModelCodec.toBytes(model), "round trip");
            IntentModel back = IntentModelCodec.fromBytes(jdbc.sql("select model from knowledge_intent_model where id = ?")
                    .param(id).query(byte[].class).single());
            var terms = TextTerms.of("lost it");
            assertThat(back.scores(back.vocabulary().vectorize(terms), new float[0], Language.EN))
                    .containsExactly(model.scores(model.vocabulary().vectorize(terms), new float[0], Language.EN));
            IntentModelVersion listed = store.find(id).orElseThrow();
            assertThat(listed.status()).isEqualTo("ready");
            assertThat(listed.intents()).isEqualTo(2);
            assertThat(listed.modelBytes()).isEqualTo(IntentModelCodec.toBytes(model).length);
        });
    }

    private void waitForNoTraining() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (store.training() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }

    private long rows() {
        return jdbc.sql("select count(*) from knowledge_intent_model").query(Long.class).single();
    }

    private long audited(String action, String version) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and entity_id = ?").params(action, version)
                .query(Long.class).single();
    }
}
