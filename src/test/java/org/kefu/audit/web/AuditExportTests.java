package org.kefu.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The filtered trail as a spreadsheet: opens in Excel with Chinese intact, defused, scoped, and audited. */
@KefuTest
class AuditExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    private AuditFixture fixture;

    @BeforeEach
    void writeEntries() {
        fixture = new AuditFixture(trail);
    }

    @Test
    void exportsTheFilteredEntriesAsCsvThatExcelOpensInChinese() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/audit/export.csv").param("entityType", fixture.entityType)
                        .header("Accept-Language", "zh-CN").with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"audit-\\d{8}-\\d{6}\\.csv\"")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(body);
        assertThat(lines.get(0)).startsWith("编号,时间,操作人类型,操作人,机构,IP 地址,操作,对象类型,对象编号,结果,原因,摘要");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith(fixture.system + ",");
        assertThat(lines.get(2)).startsWith(fixture.shanghai + ",")
                .contains(",FAILURE,\"'=HYPERLINK(\"\"http://evil\"\")\",{},");
        assertThat(lines.get(3)).startsWith(fixture.beijing + ",").contains(",USER,li.na,BJ01,10.0.0.8,case.closed,")
                .contains(",客户已确认，无异议,{\"\"count\"\":1}".replace("{", "\"{").replace("}", "}\""));
    }

    @Test
    void theExportIsItselfAuditedWithItsFilter() throws Exception {
        String exporter = "exporter-" + fixture.entityType;
        mvc.perform(get("/audit/export.csv").param("entityType", fixture.entityType).param("outcome", "SUCCESS")
                        .with(SecurityMockMvcRequestPostProcessors.user(exporter).authorities(
                                new SimpleGrantedAuthority("audit.read"), new SimpleGrantedAuthority("data.scope.global"))))
                .andExpect(status().isOk());

        var entry = jdbc.sql("select action, summary, outcome from audit_entry where actor_id = ?").param(exporter)
                .query().singleRow();
        assertThat(entry).containsEntry("action", "audit.export").containsEntry("outcome", "SUCCESS")
                .containsEntry("summary", "{\"filter\":{\"entityType\":\"" + fixture.entityType
                        + "\",\"outcome\":\"SUCCESS\"},\"format\":\"csv\",\"rows\":2,\"truncated\":false}");
    }

    @Test
    void theExportKeepsToTheReadersDataScope() throws Exception {
        assertThat(lines(export(AuditFixture.branchAuditor()))).as("header only").hasSize(1);
        assertThat(lines(export(AuditFixture.headOfficeAuditor()))).hasSize(4);
    }

    @Test
    void aBadFilterSendsThePageReaderBackToTheFormWithTheirInput() throws Exception {
        mvc.perform(get("/audit/export.csv").param("from", "昨天").with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/audit?from=%E6%98%A8%E5%A4%A9"));
        mvc.perform(get("/api/v1/audit/export.csv").param("to", "soon").with(AuditFixture.headOfficeAuditor()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.errors[0].field")
                        .value("to"));
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreDefused() {
        assertThat(AuditExport.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditExport.cell("+8613800138000")).isEqualTo("'+8613800138000");
        assertThat(AuditExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditExport.cell("-2")).isEqualTo("'-2");
        assertThat(AuditExport.cell(-2L)).isEqualTo("-2");
        assertThat(AuditExport.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(AuditExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(AuditExport.cell(null)).isEmpty();
    }

    private byte[] export(RequestPostProcessor reader) throws Exception {
        return mvc.perform(get("/audit/export.csv").param("entityType", fixture.entityType).with(reader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> lines(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        return List.of(text.substring(1, text.length() - 2).split("\r\n"));
    }
}
