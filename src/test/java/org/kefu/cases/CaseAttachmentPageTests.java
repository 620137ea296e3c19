package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.platform.Flash;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The upload form on the case page: CSRF, a message back on the case, the same checks as the API. */
@KefuTest
class CaseAttachmentPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    long attachmentsOf(String number) {
        return jdbc.sql("select count(*) from case_attachment a join service_case c on c.id = a.case_id"
                + " where c.number = ?").param(number).query(Long.class).single();
    }

    @Test
    void theFormUploadsAndReturnsToTheCase() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        Flash added = (Flash) mvc.perform(multipart("/cases/{n}/attachments", n)
                        .file(new MockMultipartFile("file", "回单.png", "image/png", CaseAttachmentSamples.PNG))
                        .with(staff.as("agent.bj")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cases/" + n))
                .andReturn().getFlashMap().get("flash");
        assertThat(added.level()).isEqualTo("success");
        assertThat(added.args()).containsExactly("回单.png");

        String fragment = mvc.perform(get("/cases/{n}/attachments", n).with(staff.as("agent.bj"))
                        .header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("回单.png", "附件", "enctype=\"multipart/form-data\"", "name=\"_csrf\"");
        long id = jdbc.sql("select a.id from case_attachment a join service_case c on c.id = a.case_id"
                + " where c.number = ?").param(n).query(Long.class).single();
        mvc.perform(get("/cases/{n}/attachments/{id}", n, id).with(staff.as("agent.bj")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment;")))
                .andExpect(content().bytes(CaseAttachmentSamples.PNG));
    }

    @Test
    void withoutTheCsrfTokenNothingIsUploaded() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        mvc.perform(multipart("/cases/{n}/attachments", n)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", CaseAttachmentSamples.PDF))
                        .with(staff.as("agent.bj")))
                .andExpect(status().isForbidden());
        assertThat(attachmentsOf(n)).isZero();
    }

    @Test
    void aRefusedFileComesBackAsAMessageOnTheCase() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        Flash refused = (Flash) mvc.perform(multipart("/cases/{n}/attachments", n)
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", CaseAttachmentSamples.EXE))
                        .with(staff.as("agent.bj")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/cases/" + n))
                .andExpect(flash().attribute("attachmentError", "content-mismatch"))
                .andReturn().getFlashMap().get("flash");
        assertThat(refused.level()).isEqualTo("danger");
        assertThat(refused.messageKey()).isEqualTo("case.attachment.content-mismatch");
        mvc.perform(multipart("/cases/{n}/attachments", n)
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(staff.as("agent.bj")).with(csrf()))
                .andExpect(flash().attribute("attachmentError", "required"));
        assertThat(attachmentsOf(n)).isZero();
    }

    @Test
    void anotherBranchsCaseIsNotFound() throws Exception {
        String sh = CaseFixtures.open(mvc, staff, "agent.sh");
        mvc.perform(multipart("/cases/{n}/attachments", sh)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", CaseAttachmentSamples.PDF))
                        .with(staff.as("agent.bj")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/{n}/attachments", sh).with(staff.as("agent.bj"))).andExpect(status().isNotFound());
        assertThat(attachmentsOf(sh)).isZero();
    }
}
