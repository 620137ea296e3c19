package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.identity.OrgUnit;
import org.kefu.identity.OrgUnitType;
import org.kefu.identity.OrgUnits;
import org.kefu.identity.StaffDirectory;
import org.kefu.shared.PageQuery;
import org.kefu.platform.Actor;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Routing of unowned cases in a unit of its own (so that demo data and other tests do not change the
 * load): skill on the category or a parent, fewest open cases, least recently assigned; else the queue.
 */
@KefuTest
class CaseRoutingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Cases cases;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    StaffDirectory staffDirectory;

    OrgUnit unit;
    Actor channel;
    String cardsAgent;
    String lostCardAgent;
    String loansAgent;

    @BeforeEach
    void aSubBranchWithThreeAgents() throws Exception {
        String code = "RT-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        unit = orgUnits.create(code, OrgUnitType.SUB_BRANCH, "BJ", "测试支行", "Test sub-branch");
        channel = new Actor(Actor.Type.API_CLIENT, "test-channel-" + code, unit.id(), code, null,
                Set.of(CasesPermissions.CREATE, CasesPermissions.READ), orgUnits.tree().scopeOf(unit.id(), false));
        cardsAgent = staff.newUser(code, "agent", false);
        lostCardAgent = staff.newUser(code, "agent", false);
        loansAgent = staff.newUser(code, "agent", false);
        skills(cardsAgent, "[\"cards\"]");
        skills(lostCardAgent, "[\"cards.lost\"]");
        skills(loansAgent, "[\"loans\",\"fees\"]");
    }

    private void skills(String username, String categories) throws Exception {
        mvc.perform(put("/api/v1/cases/skills/{u}", username).with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"categories\":" + categories + "}"))
                .andExpect(status().isOk());
    }

    private CaseStore.Stored open(String category) {
        CaseIntake intake = new CaseIntake(CaseKind.SERVICE_REQUEST, CaseChannel.MOBILE_BANKING, category, "挂失",
                "卡片丢失", Set.of(), null, new CaseIntake.Contact("张三", "13800138000", null));
        return cases.open(intake, null, channel, null).stored();
    }

    @Test
    void theLeastLoadedSkilledAgentGetsTheCaseAndTiesGoRound() {
        String first = open("cards.lost").theCase().owner();
        assertThat(first).isIn(cardsAgent, lostCardAgent);
        String second = open("cards.lost").theCase().owner();
        assertThat(second).as("the other one has fewer open cases").isIn(cardsAgent, lostCardAgent).isNotEqualTo(first);
        assertThat(open("cards.lost").theCase().owner()).as("equal load: least recently assigned").isEqualTo(first);
        assertThat(open("cards.credit-limit").theCase().owner()).as("skill on the parent 'cards' covers it")
                .isEqualTo(cardsAgent);
        assertThat(open("loans.mortgage").theCase().owner()).isEqualTo(loansAgent);
    }

    @Test
    void withoutAnEligibleAgentTheCaseWaitsInTheUnitsQueue() throws Exception {
        CaseStore.Stored wealth = open("wealth");
        assertThat(wealth.theCase().owner()).isNull();
        assertThat(open(null).theCase().owner()).as("no category, no routing").isNull();
        mvc.perform(get("/api/v1/cases").param("view", "unassigned").with(staff.as(loansAgent)))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(wealth.theCase().number())));
        Actor loans = staffDirectory.actorOf(loansAgent).orElseThrow();
        assertThat(cases.queue(CaseQueue.UNASSIGNED, loans, PageQuery.first(50)).items())
                .extracting(stored -> stored.theCase().number()).contains(wealth.theCase().number());
        mvc.perform(post("/api/v1/cases/{n}/take", wealth.theCase().number()).with(staff.as(loansAgent))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value(loansAgent));
    }

    @Test
    void routingIsOnTheTimelineAndAudited() throws Exception {
        String n = open("fees").theCase().number();
        mvc.perform(get("/api/v1/cases/{n}/timeline", n).with(staff.as("supervisor.bj")))
                .andExpect(jsonPath("$[*].type").value(Matchers.contains("opened", "assigned")))
                .andExpect(jsonPath("$[1].to").value(loansAgent)).andExpect(jsonPath("$[1].text").value("routing"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'case.assigned'")
                .param(n).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aHandoverToAQueueIsOfferedToTheRoutedAgentNotToTheOwner() throws Exception {
        CaseStore.Stored routed = open("cards.lost");
        String owner = routed.theCase().owner();
        String other = owner.equals(cardsAgent) ? lostCardAgent : cardsAgent;
        mvc.perform(post("/api/v1/cases/{n}/handover", routed.theCase().number()).with(staff.as(owner))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"toQueue\":\"" + unit.code() + "\",\"reason\":\"休假\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.handover.toUser").value(other))
                .andExpect(jsonPath("$.handover.toQueue").value(unit.code()));
        mvc.perform(get("/api/v1/cases").param("view", "handover").with(staff.as(loansAgent)))
                .andExpect(jsonPath("$.items[*].number").value(Matchers.hasItem(routed.theCase().number())));
        mvc.perform(post("/api/v1/cases/{n}/handover/accept", routed.theCase().number()).with(staff.as(loansAgent))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.owner").value(loansAgent));
    }

    @Test
    void skillsAreManagedBySupervisorsForUsersInTheirScope() throws Exception {
        mvc.perform(get("/api/v1/cases/skills/{u}", loansAgent).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.categories").value(Matchers.contains("fees", "loans")));
        mvc.perform(get("/api/v1/cases/skills/{u}", loansAgent).with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/skills/{u}", "agent.sh").with(staff.as("supervisor.bj")))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/cases/skills/{u}", "agent.sh").with(staff.as("supervisor.bj"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"categories\":[\"cards\"]}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = 'case.skills-changed'")
                .param(loansAgent).query(Long.class).single()).isEqualTo(1);
    }
}
