package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.StaffDirectory;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What must hold however requests interleave or whoever asks: a merge never cancels both cases, a closed
 * case is neither received, regraded nor linked, an offer is seen only by who may answer it, related cases
 * are named only within the caller's scope, and two saves of an agent's skills do not collide.
 */
@KefuTest
class CaseIntegrityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cases cases;
    @Autowired
    StaffDirectory directory;
    @Autowired
    AgentSkills skills;

    ResultActions act(String user, String number, String path, String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{n}/" + path, number).with(staff.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String row(String number) {
        return jdbc.sql("select status || '/' || coalesce(owner, '-') || '/' || org_unit_id || '/' || priority"
                + " || '/' || coalesce(handover_by, '-') from service_case where number = ?").param(number)
                .query(String.class).single();
    }

    /** Runs both at once (as far as a barrier can make them); each answers "ok" or its exception's name. */
    static List<String> together(Callable<?> one, Callable<?> other) {
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<String>> runs = List.of(one, other).stream().map(task ->
                CompletableFuture.supplyAsync(() -> {
                    try {
                        barrier.await();
                        task.call();
                        return "ok";
                    } catch (Exception e) {
                        return e.getClass().getSimpleName();
                    }
                })).toList();
        return runs.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void mergingTwoCasesIntoEachOtherAtOnceMergesExactlyOne() throws Exception {
        Actor agent = directory.actorOf("agent.bj").orElseThrow();
        Actor supervisor = directory.actorOf("supervisor.bj").orElseThrow();
        for (int i = 0; i < 12; i++) {
            String a = CaseFixtures.open(mvc, staff, "agent.bj");
            String b = CaseFixtures.open(mvc, staff, "agent.bj");
            List<String> outcomes = together(() -> cases.mergeInto(a, 0, b, agent),
                    () -> cases.mergeInto(b, 0, a, supervisor));
            assertThat(outcomes).containsExactlyInAnyOrder("ok", ConflictException.class.getSimpleName());
            assertThat(jdbc.sql("select count(*) from service_case where number in (?, ?) and status = 'cancelled'")
                    .params(a, b).query(Long.class).single()).as("cases cancelled of %s, %s", a, b).isEqualTo(1);
        }
    }

    @Test
    void aPrimaryCancelledWhileMergingIsNeverLeftWithADuplicate() throws Exception {
        Actor agent = directory.actorOf("agent.bj").orElseThrow();
        Actor supervisor = directory.actorOf("supervisor.bj").orElseThrow();
        for (int i = 0; i < 12; i++) {
            String duplicate = CaseFixtures.open(mvc, staff, "agent.bj");
            String primary = CaseFixtures.open(mvc, staff, "agent.bj");
            together(() -> cases.mergeInto(duplicate, 0, primary, agent), () -> cases.transition(primary, 0,
                    CaseAction.CANCEL, new Cases.CaseStep(null, null, null, "客户撤诉"), supervisor));
            // Either order is fine; a duplicate merged into a case that was already cancelled is not.
            assertThat(jdbc.sql("select count(*) from service_case d join service_case p on p.id = d.merged_into_id"
                            + " where d.number = ? and p.status = 'cancelled'"
                            + " and (select min(e.id) from case_entry e where e.case_id = p.id and e.type = 'cancel')"
                            + " < (select min(e.id) from case_entry e where e.case_id = d.id and e.type = 'merge')")
                    .param(duplicate).query(Long.class).single()).as("%s merged into cancelled %s", duplicate, primary)
                    .isZero();
        }
    }

    @Test
    void aHandOverOfACancelledCaseCannotBeAcceptedAndLeavesTheQueue() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", n, "handover", "{\"version\":0,\"toUser\":\"supervisor.bj\",\"reason\":\"请主管处理\"}")
                .andExpect(status().isOk());
        act("agent.bj", n, "transitions", "{\"action\":\"cancel\",\"version\":1,\"reason\":\"重复受理\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.handover").doesNotExist());
        String before = row(n);
        assertThat(before).startsWith("cancelled/agent.bj/").endsWith("/-");
        act("supervisor.bj", n, "handover/accept", "{\"version\":2}").andExpect(status().isConflict());
        assertThat(row(n)).isEqualTo(before);
        mvc.perform(get("/api/v1/cases").param("view", "handover").param("size", "100").with(staff.as("supervisor.bj")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.not(Matchers.hasItem(n))));
        mvc.perform(get("/api/v1/cases/{n}/timeline", n).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$[*].type").value(Matchers.contains("opened", "handover_proposed", "cancel",
                        "handover_withdrawn")));

        // Offered to another unit's queue: once cancelled, the offer is gone for its workers too.
        String queued = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", queued, "handover", "{\"version\":0,\"toQueue\":\"BJ-HD\",\"reason\":\"海淀支行办理\"}")
                .andExpect(status().isOk());
        act("agent.bj", queued, "transitions", "{\"action\":\"cancel\",\"version\":1,\"reason\":\"重复受理\"}")
                .andExpect(status().isOk());
        String cancelled = row(queued);
        act("agent.hd", queued, "handover/accept", "{\"version\":2}").andExpect(status().isNotFound());
        assertThat(row(queued)).isEqualTo(cancelled);
        mvc.perform(get("/api/v1/cases").param("view", "handover").param("size", "100").with(staff.as("agent.hd")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.not(Matchers.hasItem(queued))));
    }

    @Test
    void aPendingHandOverOfACaseClosedMeanwhileIsAConflictForTheReceiver() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", n, "handover", "{\"version\":0,\"toUser\":\"supervisor.bj\",\"reason\":\"请主管处理\"}")
                .andExpect(status().isOk());
        // A case closed with its offer still pending (as cases closed before offers ended with them are).
        jdbc.sql("update service_case set status = 'cancelled', version = version + 1 where number = ?").param(n)
                .update();
        String before = row(n);
        act("supervisor.bj", n, "handover/accept", "{\"version\":2}").andExpect(status().isConflict());
        act("supervisor.bj", n, "handover/decline", "{\"version\":2,\"reason\":\"x\"}").andExpect(status().isConflict());
        assertThat(row(n)).isEqualTo(before);
    }

    @Test
    void aMergedOrCancelledCaseIsNeitherRegradedNorLinked() throws Exception {
        String duplicate = CaseFixtures.open(mvc, staff, "agent.bj");
        String primary = CaseFixtures.open(mvc, staff, "agent.bj");
        String third = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", duplicate, "merge", "{\"version\":0,\"into\":\"" + primary + "\"}").andExpect(status().isOk());
        String before = row(duplicate);
        act("agent.bj", duplicate, "priority", "{\"version\":1,\"priority\":\"P1\",\"reason\":\"加急\"}")
                .andExpect(status().isConflict());
        assertThat(row(duplicate)).isEqualTo(before);
        act("agent.bj", duplicate, "links", "{\"otherNumber\":\"" + third + "\"}").andExpect(status().isConflict());
        act("agent.bj", third, "links", "{\"otherNumber\":\"" + duplicate + "\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from case_link l join service_case c on c.id in (l.case_id, l.other_id)"
                + " where c.number = ?").param(duplicate).query(Long.class).single()).isZero();
        // An open case still is.
        act("agent.bj", primary, "priority", "{\"version\":0,\"priority\":\"P1\",\"reason\":\"加急\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.priority").value("P1"));
    }

    @Test
    void anOfferToAQueueIsSeenOnlyByItsWorkersAndDecliningFromOutsideAnswersNoContent() throws Exception {
        jdbc.sql("insert into app_role (code, name_zh, name_en, built_in) values ('case_reader', '案件查阅',"
                + " 'Case reader', false) on conflict do nothing").update();
        jdbc.sql("insert into role_permission (role_code, permission) values ('case_reader', 'cases.read')"
                + " on conflict do nothing").update();
        String reader = staff.newUser("BJ-HD", "case_reader", false);
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act("agent.bj", n, "handover", "{\"version\":0,\"toQueue\":\"BJ-HD\",\"reason\":\"海淀支行办理\"}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as(reader))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").param("view", "handover").param("size", "100").with(staff.as(reader)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].number").value(Matchers.not(Matchers.hasItem(n))));
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.hd"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases").param("view", "handover").param("size", "100").with(staff.as("agent.hd")))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(n)));

        act("agent.hd", n, "handover/decline", "{\"version\":1,\"reason\":\"不属于本支行\"}")
                .andExpect(status().isNoContent()).andExpect(content().string(""));
        mvc.perform(get("/api/v1/cases/{n}", n).with(staff.as("agent.hd"))).andExpect(status().isNotFound());
        assertThat(row(n)).startsWith("accepted/agent.bj/").endsWith("/-");
    }

    @Test
    void relatedCasesAreNamedOnlyWithinTheCallersScope() throws Exception {
        String bj = CaseFixtures.open(mvc, staff, "agent.bj");
        String duplicate = CaseFixtures.open(mvc, staff, "agent.bj");
        String hd = CaseFixtures.open(mvc, staff, "agent.hd");
        act("agent.bj", bj, "links", "{\"otherNumber\":\"" + hd + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.links").value(Matchers.contains(hd)));
        act("agent.bj", duplicate, "merge", "{\"version\":0,\"into\":\"" + hd + "\"}").andExpect(status().isOk());

        mvc.perform(get("/api/v1/cases/{n}", hd).with(staff.as("agent.bj")))
                .andExpect(jsonPath("$.links").value(Matchers.contains(bj)))
                .andExpect(jsonPath("$.duplicates").value(Matchers.contains(duplicate)));
        mvc.perform(get("/api/v1/cases/{n}", hd).with(staff.as("agent.hd"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.links").isEmpty()).andExpect(jsonPath("$.duplicates").isEmpty());
    }

    @Test
    void twoSavesOfAnAgentsSkillsAtOnceBothSucceedAndOneWins() throws Exception {
        for (int i = 0; i < 8; i++) {
            String agent = staff.newUser("BJ", "agent", false);
            List<String> outcomes = together(() -> saveSkills(agent, "[\"cards\",\"loans\"]"),
                    () -> saveSkills(agent, "[\"cards\",\"fees\"]"));
            assertThat(outcomes).containsExactly("ok", "ok");
            assertThat(jdbc.sql("select string_agg(category_code, ',' order by category_code) from agent_skill"
                    + " where username = ?").param(agent).query(String.class).single()).isIn("cards,loans", "cards,fees");
        }
    }

    @Test
    void supervisionCountsAsLoadWhatRoutingCounts() throws Exception {
        String agent = staff.newUser("BJ", "agent", false);
        String open = open(agent);
        String resolved = open(agent);
        act(agent, resolved, "transitions", "{\"action\":\"plan\",\"version\":0,\"plan\":{\"content\":\"电话解释\"}}")
                .andExpect(status().isOk());
        act(agent, resolved, "transitions", "{\"action\":\"start\",\"version\":1}").andExpect(status().isOk());
        act(agent, resolved, "transitions", "{\"action\":\"resolve\",\"version\":2,\"resolution\":\"已解释\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("resolved"));

        assertThat(skills.candidates(List.of(agent))).singleElement()
                .extracting(RoutingPolicy.Candidate::openCases).isEqualTo(1);
        Object loads = mvc.perform(get("/cases/supervision").with(staff.as("supervisor.bj"))).andExpect(status().isOk())
                .andReturn().getModelAndView().getModel().get("loads");
        assertThat((List<?>) loads).filteredOn(l -> ((CaseSupervision.Load) l).owner().equals(agent)).singleElement()
                .extracting(l -> ((CaseSupervision.Load) l).open()).as("open cases of %s besides %s", agent, open)
                .isEqualTo(1L);
        assertThat(CaseStatus.RESOLVED.isOpenWork()).isFalse();
        assertThat(CaseStatus.AWAITING_REVIEW.isOpenWork()).isTrue();
    }

    private String open(String username) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/cases").with(staff.as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(CasesApiTests.EXAMPLE))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.number");
    }

    private Object saveSkills(String username, String categories) throws Exception {
        int status = mvc.perform(put("/api/v1/cases/skills/{u}", username).with(staff.as("supervisor.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"categories\":" + categories + "}"))
                .andReturn().getResponse().getStatus();
        if (status != 200) {
            throw new IllegalStateException("PUT skills answered " + status);
        }
        return status;
    }
}
