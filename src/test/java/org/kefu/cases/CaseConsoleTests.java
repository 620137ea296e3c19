package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The agent console: counter intake, the lists, and actions on the case page (htmx fragments). */
@KefuTest
class CaseConsoleTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgentAcceptsACaseAtTheCounterAndOwnsIt_aResentFormOpensNoSecondCase() throws Exception {
        String subject = "柜面咨询-" + UUID.randomUUID();
        String token = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder form = post("/cases").with(staff.as("agent.bj")).with(csrf())
                .param("kind", "consultation").param("channel", "branch_counter").param("category", "cards.credit-limit")
                .param("customerNumber", "C0000000001").param("subject", subject)
                .param("description", "客户询问如何提高额度").param("token", token);
        String location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(mvc.perform(form).andReturn().getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(jdbc.sql("select owner, channel from service_case where subject = ?").param(subject)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).list()).containsExactly("agent.bj/branch_counter");
        String page = mvc.perform(get(location).with(staff.as("agent.bj")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(subject, "id=\"customer-panel\"", "C0000000001", "制定方案", "答复客户", "信用卡额度",
                "id=\"attachment-upload\"");
    }

    @Test
    void badCounterInputIsShownBesideTheFieldsAndNothingIsWritten() throws Exception {
        long before = count();
        String page = mvc.perform(post("/cases").with(staff.as("agent.bj")).with(csrf()).header("Accept-Language", "en")
                        .param("kind", "nonsense").param("channel", "branch_counter").param("subject", "")
                        .param("description", "x").param("contactMobile", "12345").param("contactName", "王五")
                        .param("token", UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"kind-error\"", "id=\"subject-error\"", "id=\"contactMobile-error\"",
                "must be an 11-digit mainland mobile number", "is required");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theWorkspaceMovesTheCaseWithoutAFullPage_andRefusalsComeBackBesideTheField() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        String planned = act(n, "plan", "0", "planContent", "核对手续费并退还").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(planned).doesNotContain("<html").contains("id=\"workspace\"", "核对手续费并退还", "do-start");
        String refused = act(n, "cancel", "1", "reason", " ").andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"cancel-reason-error\"", "is-invalid");
        String stale = act(n, "start", "0").andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(stale).contains("id=\"conflict\"", "agent.bj");
        act(n, "reply", "1", "text", "您好，已为您核查").andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from case_entry e join service_case c on c.id = e.case_id"
                + " where c.number = ? and e.type = 'reply' and e.visible_to_customer").param(n)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/cases/{n}/do/start", n).with(staff.as("agent.sh")).with(csrf()).param("version", "2"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListsShowWhatTheAgentMayWorkOn_htmxGetsOnlyTheList() throws Exception {
        String mine = CaseFixtures.open(mvc, staff, "agent.bj");
        String theirs = CaseFixtures.open(mvc, staff, "agent.sh");
        String full = mvc.perform(get("/cases").with(staff.as("agent.bj"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(full).contains("<html", "id=\"console-views\"", mine).doesNotContain(theirs);
        String fragment = mvc.perform(get("/cases").param("view", "team").header("HX-Request", "true")
                .with(staff.as("agent.bj"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("id=\"console-body\"", mine).doesNotContain(theirs);
    }

    @Test
    void onlySupervisorsSeeTheSupervisionView() throws Exception {
        mvc.perform(get("/cases/supervision").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        String page = mvc.perform(get("/cases/supervision").with(staff.as("supervisor.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"loads\"", "agent.bj");
        mvc.perform(get("/cases/new").with(staff.as("auditor.hq"))).andExpect(status().isForbidden());
    }

    @Test
    void aHandOverIsProposedOnThePageAndTheReceiverSeesOnlyAcceptOrDecline() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act(n, "handover", "0", "toUser", "agent.hd", "reason", "海淀支行客户，转由支行跟进").andExpect(status().isOk());
        assertThat(mvc.perform(get("/cases").param("view", "handover").with(staff.as("agent.hd")))
                .andReturn().getResponse().getContentAsString()).contains(n);
        String receiver = mvc.perform(get("/cases/{n}", n).with(staff.as("agent.hd")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(receiver).contains("id=\"case-handover\"", "do-accept_handover", "action-decline_handover")
                .doesNotContain("action-plan", "action-reply");
        mvc.perform(post("/cases/{n}/do/accept_handover", n).with(staff.as("agent.hd")).with(csrf())
                .header("HX-Request", "true").param("version", "1")).andExpect(status().isOk());
        assertThat(jdbc.sql("select owner from service_case where number = ?").param(n).query(String.class).single())
                .isEqualTo("agent.hd");
    }

    @Test
    void aReceiverOutsideTheScopeWhoDeclinesIsSentBackToTheHandOverList_aMissingVersionIsNamed() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        act(n, "handover", "0", "toUser", "agent.hd", "reason", "请支行跟进").andExpect(status().isOk());
        mvc.perform(post("/cases/{n}/do/decline_handover", n).with(staff.as("agent.hd")).with(csrf())
                        .header("HX-Request", "true").param("version", "1").param("reason", "非本支行客户"))
                .andExpect(status().isNoContent()).andExpect(header().string("HX-Redirect", "/cases?view=handover"));
        assertThat(jdbc.sql("select owner from service_case where number = ?").param(n).query(String.class).single())
                .isEqualTo("agent.bj");
        String refused = act(n, "plan", "", "planContent", "核对").andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<details open=\"open\">", "is not valid");
        act(n, "start", "").andExpect(status().isUnprocessableEntity());
    }

    private org.springframework.test.web.servlet.ResultActions act(String number, String action, String version,
                                                                    String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/{n}/do/{a}", number, action).with(staff.as("agent.bj"))
                .with(csrf()).header("HX-Request", "true").header("Accept-Language", "en").param("version", version);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private long count() {
        return jdbc.sql("select count(*) from service_case").query(Long.class).single();
    }
}
