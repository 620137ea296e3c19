package org.kefu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.ScopeProbe;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** Upload, list and download through the API; every refusal names {@code file} and writes nothing. */
@KefuTest
class CaseAttachmentApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    ResultActions upload(String user, String number, MockMultipartFile file) throws Exception {
        var request = multipart("/api/v1/cases/{n}/attachments", number).with(staff.as(user));
        return mvc.perform(file == null ? request : request.file(file));
    }

    static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("file", name, type, content);
    }

    /** Attachment rows, content rows and timeline entries of the case. */
    long rows(String number) {
        return jdbc.sql("""
                select (select count(*) from case_attachment a where a.case_id = c.id)
                     + (select count(*) from case_attachment_content x join case_attachment a
                          on a.storage_key = x.storage_key where a.case_id = c.id)
                     + (select count(*) from case_entry e where e.case_id = c.id)
                from service_case c where c.number = ?""").param(number).query(Long.class).single();
    }

    @Test
    void anUploadComesBackByteForByteVerifiedAndAudited() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        String body = upload("agent.bj", n, file("C:\\扫描件\\对账单\u202E.pdf", "application/pdf",
                CaseAttachmentSamples.PDF))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("对账单.pdf"))
                .andExpect(jsonPath("$.type").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(CaseAttachmentSamples.PDF.length))
                .andExpect(jsonPath("$.sha256").value(CaseAttachments.sha256(CaseAttachmentSamples.PDF)))
                .andExpect(jsonPath("$.uploadedBy").value("agent.bj"))
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        String href = JsonPath.read(body, "$.href");

        mvc.perform(get("/api/v1/cases/{n}/attachments", n).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].href").value(href));
        byte[] downloaded = mvc.perform(get(href).with(staff.as("supervisor.bj")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"___.pdf\"; filename*=UTF-8''%E5%AF%B9%E8%B4%A6%E5%8D%95.pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(CaseAttachmentSamples.PDF);

        assertThat(jdbc.sql("select sha256 from case_attachment where file_name = '对账单.pdf' and case_id ="
                + " (select id from service_case where number = ?)").param(n).query(String.class).single())
                .isEqualTo(CaseAttachments.sha256(downloaded));
        assertThat(jdbc.sql("select count(*) from case_entry e join service_case c on c.id = e.case_id"
                + " where c.number = ? and e.type = 'attachment' and e.text = '对账单.pdf'").param(n)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(audit(n, "case.attachment.added", "agent.bj")).isEqualTo(1);
        assertThat(audit(n, "case.attachment.downloaded", "supervisor.bj")).isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_entry where entity_id = ? and action like"
                + " 'case.attachment.%'").param(n).query(String.class).list())
                .allSatisfy(summary -> assertThat(summary).contains("对账单.pdf").doesNotContain("%PDF"));
        // The case itself is unchanged: attaching is not an edit that would make a colleague's version stale.
        assertThat(jdbc.sql("select version from service_case where number = ?").param(n).query(Integer.class)
                .single()).isZero();
    }

    private long audit(String number, String action, String actor) {
        return jdbc.sql("select count(*) from audit_entry where entity_id = ? and action = ? and actor_id = ?")
                .params(number, action, actor).query(Long.class).single();
    }

    @Test
    void officeFilesTextAndImagesAreAcceptedForWhatTheyAre() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        upload("agent.bj", n, file("回单.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                CaseAttachmentSamples.docx())).andExpect(status().isCreated());
        upload("agent.bj", n, file("流水.xlsx", "application/octet-stream", CaseAttachmentSamples.xlsx()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        upload("agent.bj", n, file("截图.png", "image/png", CaseAttachmentSamples.PNG)).andExpect(status().isCreated());
        String text = upload("agent.bj", n, file("说明.txt", "text/plain", CaseAttachmentSamples.TEXT))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(get((String) JsonPath.read(text, "$.href")).with(staff.as("agent.bj")))
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(content().bytes(CaseAttachmentSamples.TEXT));
    }

    @Test
    void everyRefusalNamesTheFileAndWritesNothing() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        long before = rows(n);
        refused(upload("agent.bj", n, file("invoice.pdf", "application/pdf", CaseAttachmentSamples.EXE)),
                415, "content-mismatch");
        refused(upload("agent.bj", n, file("setup.exe", "application/octet-stream", CaseAttachmentSamples.EXE)),
                415, "unsupported-type");
        refused(upload("agent.bj", n, file("photo.pdf", "application/pdf", CaseAttachmentSamples.PNG)),
                415, "content-mismatch");
        refused(upload("agent.bj", n, file("statement.pdf", "image/png", CaseAttachmentSamples.PDF)),
                415, "content-mismatch");
        refused(upload("agent.bj", n, file("archive.docx", "application/octet-stream",
                CaseAttachmentSamples.plainZip())), 415, "content-mismatch");
        refused(upload("agent.bj", n, file("notes.html", "text/html", "<script>x</script>".getBytes())),
                415, "unsupported-type");
        refused(upload("agent.bj", n, file("empty.pdf", "application/pdf", new byte[0])), 400, "empty");
        refused(upload("agent.bj", n, null), 400, "required");
        refused(upload("agent.bj", n, file("\u202E", "application/pdf", CaseAttachmentSamples.PDF)), 400, "name");
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(CaseAttachmentSamples.PDF, 0, tooBig, 0, CaseAttachmentSamples.PDF.length);
        refused(upload("agent.bj", n, file("big.pdf", "application/pdf", tooBig)), 413, "too-large");
        mvc.perform(post("/api/v1/cases/{n}/attachments", n).with(staff.as("agent.bj"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"file\":\"x\"}"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(rows(n)).isEqualTo(before);
    }

    private static void refused(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value(code));
    }

    @Test
    void aCaseTakesAtMostTwentyAndNoneOnceCancelled() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        for (int i = 0; i < 20; i++) {
            upload("agent.bj", n, file("note-" + i + ".txt", "text/plain", ("note " + i).getBytes()))
                    .andExpect(status().isCreated());
        }
        long full = rows(n);
        refused(upload("agent.bj", n, file("one-more.txt", "text/plain", "21".getBytes())), 409, "too-many");
        assertThat(rows(n)).isEqualTo(full);

        String cancelled = CaseFixtures.open(mvc, staff, "agent.bj");
        mvc.perform(post("/api/v1/cases/{n}/transitions", cancelled).with(staff.as("agent.bj"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"action\":\"cancel\",\"version\":0,\"reason\":\"重复工单\"}"))
                .andExpect(status().isOk());
        long before = rows(cancelled);
        refused(upload("agent.bj", cancelled, file("late.pdf", "application/pdf", CaseAttachmentSamples.PDF)),
                409, "case-closed");
        assertThat(rows(cancelled)).isEqualTo(before);
    }

    @Test
    void anotherBranchsCaseAndItsFilesDoNotExistForTheCaller() throws Exception {
        String sh = CaseFixtures.open(mvc, staff, "agent.sh");
        String body = upload("agent.sh", sh, file("上海.pdf", "application/pdf", CaseAttachmentSamples.PDF))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String bj = CaseFixtures.open(mvc, staff, "agent.bj");

        new ScopeProbe(mvc, staff.as("agent.bj")).sees("/api/v1/cases/{n}/attachments", bj)
                .cannotSee("/api/v1/cases/{n}/attachments", sh)
                .cannotSee("/api/v1/cases/{n}/attachments/" + id, sh);
        long before = rows(sh);
        upload("agent.bj", sh, file("x.pdf", "application/pdf", CaseAttachmentSamples.PDF))
                .andExpect(status().isNotFound());
        // Nor is the SH file reachable through a case the caller may see.
        mvc.perform(get("/api/v1/cases/{n}/attachments/{id}", bj, id).with(staff.as("agent.bj")))
                .andExpect(status().isNotFound());
        assertThat(rows(sh)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action ="
                + " 'case.attachment.downloaded'").param(sh).query(Long.class).single()).isZero();
    }

    @Test
    void alteredContentIsRefusedAsCorruptedNotServed() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        String body = upload("agent.bj", n, file("receipt.txt", "text/plain", "金额 100.00".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        jdbc.sql("update case_attachment_content set content = convert_to('金额 900.00', 'UTF8') where storage_key ="
                + " (select storage_key from case_attachment where id = ?)").param(((Number) JsonPath.read(body, "$.id")).longValue())
                .update();
        mvc.perform(get((String) JsonPath.read(body, "$.href")).with(staff.as("agent.bj")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("损坏")));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_id = ? and action ="
                + " 'case.attachment.downloaded'").param(n).query(Long.class).single()).isZero();
    }

    @Test
    void callersWithoutCasesWorkMayReadButNotUpload() throws Exception {
        String n = CaseFixtures.open(mvc, staff, "agent.bj");
        long before = rows(n);
        // The demo channel client holds cases.create and cases.read only.
        mvc.perform(multipart("/api/v1/cases/{n}/attachments", n)
                        .file(file("x.pdf", "application/pdf", CaseAttachmentSamples.PDF))
                        .header("Authorization", "Bearer kefu_demo_mobile_key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{n}/attachments", n).header("Authorization", "Bearer kefu_demo_mobile_key"))
                .andExpect(status().isOk());
        assertThat(rows(n)).isEqualTo(before);
    }
}
