package org.kefu.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** An operator named a unit that does not exist: the customer gets a plain 503 page with what they typed, never a 500. */
@KefuTest
@TestPropertySource(properties = "kefu.portal.unit=NO-SUCH-UNIT")
class PortalMisconfiguredTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmissionIsRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
        long cases = jdbc.sql("select count(*) from service_case").query(Long.class).single();
        MockHttpServletResponse answer = new WebSession(mvc, "10.78.0.1").perform(post("/portal/submit").with(csrf())
                        .header("Accept-Language", "zh-CN").param("kind", "complaint").param("subject", "扣费有误")
                        .param("description", "手续费被重复扣取").param("name", "孙八")
                        .param("mobile", "13912345678").param("email", "").param("consent", "true"))
                .getResponse();

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getContentAsString()).contains("网上提交暂不可用").contains("手续费被重复扣取")
                .doesNotContain("NO-SUCH-UNIT");
        assertThat(jdbc.sql("select count(*) from service_case").query(Long.class).single()).isEqualTo(cases);
    }
}
