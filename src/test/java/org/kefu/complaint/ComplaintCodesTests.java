package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The coding lists: CSV export and import (all or nothing, faults named by row and column), edits, pages. */
@KefuTest
class ComplaintCodesTests {

    static final String HEADER = "dimension,code,parent_code,name_zh,name_en,position,active,verified,note";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    private String export(String user) throws Exception {
        return new String(mvc.perform(get("/api/v1/complaint-codes/export").with(staff.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private ResultActions importCsv(String user, String csv) throws Exception {
        return mvc.perform(post("/api/v1/complaint-codes/import").with(staff.as(user))
                .contentType("text/csv;charset=UTF-8").content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private long codes() {
        return jdbc.sql("select count(*) + coalesce(sum(version), 0) from complaint_code").query(Long.class).single();
    }

    private static String unique() {
        return "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    @Test
    void anExportImportsBackUnchangedAndNewRowsWithTheirParents() throws Exception {
        String parent = unique();
        String csv = export("compliance.hq");
        assertThat(csv).startsWith("\uFEFF" + HEADER).contains("K-CA-07,,个人信息保护,Personal information,7,true,false");
        String added = csv + "cause," + parent + ",,\"测试, 原因\",\"Test \"\"cause\"\"\",200,true,true,\n"
                + "cause," + parent + ".1," + parent + ",子原因,Sub cause,201,true,false,\"two\nlines\"\n";
        importCsv("compliance.hq", added).andExpect(status().isOk()).andExpect(jsonPath("$.rows").isNumber());
        String again = export("compliance.hq");
        assertThat(again).contains("cause," + parent + ",,\"测试, 原因\",\"Test \"\"cause\"\"\",200,true,true,")
                .contains("cause," + parent + ".1," + parent + ",子原因,Sub cause,201,true,false,\"two\nlines\"");
        importCsv("compliance.hq", again).andExpect(status().isOk());
        assertThat(export("compliance.hq")).isEqualTo(again);
        assertThat(jdbc.sql("select verified from complaint_code where dimension = 'cause' and code = ?").param(parent)
                .query(Boolean.class).single()).isTrue();
        assertThat(export("agent.bj")).isEqualTo(again);
        importCsv("agent.bj", again).andExpect(status().isForbidden());
    }

    @Test
    void aBadFileNamesRowAndColumnAndWritesNothing() throws Exception {
        String code = unique();
        long before = codes();
        String csv = HEADER + "\n"
                + "cause," + code + ",,好的,Good,1,true,false,\n"
                + "colour," + code + "X,,坏,Bad,1,true,false,\n"
                + "cause," + code + "Y,NOPE,坏,Bad,1,true,false,\n"
                + "cause," + code + "Z,,,Bad,x,true,false,\n"
                + "cause," + code + "W,,坏,Bad,1,maybe,false,\n"
                + "cause,bad code!,,坏,Bad,1,true,false,\n"
                + "cause,short\n";
        importCsv("compliance.hq", csv).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("row[3].dimension",
                        "row[4].parent_code", "row[5].position", "row[6].active", "row[7].code", "row[8].columns")))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.not(Matchers.hasItem(Matchers.startsWith("row[2]")))));
        importCsv("compliance.hq", "code,dimension\ncause,X\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("row[1].header"));
        assertThat(codes()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from complaint_code where code = ?").param(code).query(Long.class).single())
                .isZero();
    }

    @Test
    void aUsedCodeIsDeactivatedNeverDeletedAndThenRefusedForCoding() throws Exception {
        String code = unique();
        mvc.perform(post("/api/v1/complaint-codes").with(staff.as("compliance.hq")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dimension\":\"business\",\"code\":\"" + code + "\",\"nameZh\":\"测试业务\","
                                + "\"nameEn\":\"Test business\",\"position\":300}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.active").value(true))
                .andExpect(jsonPath("$.verified").value(false));
        mvc.perform(post("/api/v1/complaint-codes").with(staff.as("agent.bj")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dimension\":\"business\",\"code\":\"X1\",\"nameZh\":\"x\",\"nameEn\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/complaint-codes/business/" + code).with(staff.as("compliance.hq"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"测试业务\",\"nameEn\":\"Test business\",\"active\":false,\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/complaint-codes/business/" + code).with(staff.as("compliance.hq"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nameZh\":\"测试业务\",\"nameEn\":\"Test business\",\"active\":true,\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/complaint-codes/business/" + code).with(staff.as("admin")))
                .andExpect(status().is4xxClientError());
        ComplaintCodingFixtures f = new ComplaintCodingFixtures(mvc, staff, jdbc);
        String n = f.open("agent.bj", "[]");
        f.json("agent.bj", "PUT", "/api/v1/complaints/" + n, ComplaintCodingFixtures.CODING.formatted(0, "1", "")
                        .replace("K-BT-02", code))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("businessCode")));
    }

    @Test
    void thePageShowsTheProvisionalBannerAndImportsAFile() throws Exception {
        String page = mvc.perform(get("/complaints/codes").with(staff.as("compliance.hq")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"codes-provisional\"").contains("JR/T 0169-2018").contains("K-CH-05")
                .contains("id=\"codes-import-form\"");
        String code = unique();
        MockMultipartFile file = new MockMultipartFile("file", "codes.csv", "text/csv",
                (HEADER + "\nchannel," + code + ",,测试渠道,Test channel,300,true,false,\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/complaints/codes/import").file(file).with(staff.as("compliance.hq")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from complaint_code where code = ?").param(code).query(Long.class).single())
                .isEqualTo(1);
        MockMultipartFile bad = new MockMultipartFile("file", "codes.csv", "text/csv",
                (HEADER + "\nchannel," + code + "B,,,Test,300,true,false,\n").getBytes(StandardCharsets.UTF_8));
        String refused = mvc.perform(multipart("/complaints/codes/import").file(bad).with(staff.as("compliance.hq"))
                .with(csrf())).andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("row[2].name_zh");
        String readOnly = mvc.perform(get("/complaints/codes").with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(readOnly).doesNotContain("id=\"codes-import-form\"").contains("K-CH-05");
    }
}
