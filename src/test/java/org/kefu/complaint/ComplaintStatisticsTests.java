package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kefu.identity.OrgUnits;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics return against a fixture computed by hand: six complaints in a branch of their own (five
 * accepted in October 2026, one on 30 September), each coded, resolved and decided directly in the tables.
 * Page, API and workbook must all show the same hand-computed figures.
 */
@KefuTest
class ComplaintStatisticsTests {

    private static final String PERIOD = "from=2026-10-01&to=2026-10-31";

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits orgUnits;

    private ComplaintAnalysisFixtures org;

    @BeforeEach
    void sixComplaints() throws Exception {
        org = new ComplaintAnalysisFixtures(orgUnits, staff, mvc, jdbc);
        // accepted, channel, business, cause, outcome, resolved (China time), regulatory due, repeat
        record("agent", "2026-10-01", "K-CH-01", "K-BT-01", "K-CA-01", "upheld", "2026-10-02 10:00", "2026-10-20", false);
        record("agent", "2026-10-05", "K-CH-01", "K-BT-02", "K-CA-01", "partly_upheld", "2026-10-12 09:00", "2026-10-10", true);
        record("agent", "2026-10-10", "K-CH-05", "K-BT-02", "K-CA-05", "not_upheld", "2026-11-20 16:00", "2026-10-25", false);
        record("subAgent", "2026-10-31", "K-CH-03", null, null, null, null, "2026-11-01", false);
        record("subAgent", "2026-10-20", "K-CH-03", "K-BT-01", "K-CA-01", null, null, "2099-01-01", false);
        record("agent", "2026-09-30", "K-CH-01", "K-BT-01", "K-CA-01", "upheld", "2026-10-01 10:00", "2026-10-15", true);
    }

    private void record(String who, String accepted, String channel, String business, String cause, String outcome,
                        String resolved, String due, boolean repeat) throws Exception {
        var c = org.open(who.equals("agent") ? org.agent : org.subAgent);
        jdbc.sql("update complaint_record set accepted_on = ?::date, channel_code = ?, business_code = ?, cause_code = ?,"
                        + " coded_by = case when ?::text is null then null else 'test' end,"
                        + " coded_at = case when ?::text is null then null else now() end, outcome = ?, repeat_complaint = ?"
                        + " where case_id = ?")
                .params(accepted, channel, business, cause, cause, cause, outcome, repeat, c.id()).update();
        jdbc.sql("update service_case set resolved_at = (?::timestamp at time zone 'Asia/Shanghai'),"
                        + " status = case when ?::text is null then status else 'resolved' end,"
                        + " regulatory_due_at = (?::date + time '18:00') at time zone 'Asia/Shanghai' where id = ?")
                .params(resolved, resolved, due, c.id()).update();
        numbers.put(accepted, c.number());
    }

    private final Map<String, String> numbers = new HashMap<>();

    @Test
    void aReopenedComplaintIsOpenAgainThoughItKeepsItsFirstResolutionTime() throws Exception {
        // The complaint accepted on 1 October (resolved the next day, on time) is reopened: handled "open", and
        // past its regulatory due date of 20 October it is overdue now.
        jdbc.sql("update service_case set status = 'reopened' where number = ?").param(numbers.get("2026-10-01")).update();
        mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD + "&unit=" + org.branch).with(staff.as(org.supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.overdue").value(4))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='handling')].rows[?(@.code=='d0-2')].count").value(0))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='handling')].rows[?(@.code=='open')].count").value(3));
    }

    @Test
    void theApiGivesTheHandComputedFigures() throws Exception {
        mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD + "&unit=" + org.branch).with(staff.as(org.supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitCode").value(org.branch))
                .andExpect(jsonPath("$.from").value("2026-10-01"))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.overdue").value(3))
                .andExpect(jsonPath("$.upheld").value(1))
                .andExpect(jsonPath("$.partlyUpheld").value(1))
                .andExpect(jsonPath("$.notUpheld").value(1))
                .andExpect(jsonPath("$.upheldRate").value(66.7))
                .andExpect(jsonPath("$.repeats").value(1))
                .andExpect(jsonPath("$.repeatRate").value(20.0))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='channel')].rows[?(@.code=='K-CH-01')].count").value(2))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='channel')].rows[?(@.code=='K-CH-03')].count").value(2))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='channel')].rows[?(@.code=='K-CH-05')].count").value(1))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='channel')].rows[?(@.code=='K-CH-02')].count").value(0))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='business')].rows[?(@.code=='uncoded')].count").value(1))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='cause')].rows[?(@.code=='K-CA-01')].count").value(3))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='cause')].rows[?(@.code=='K-CA-01')].share").value(60.0))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='cause')].rows[?(@.code=='K-CA-01')].nameEn")
                        .value("Fees and pricing"))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='cause')].rows[?(@.code=='uncoded')].count").value(1))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='region')].rows[0].code").value(org.branch))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='region')].rows[0].count").value(5))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='handling')].rows[?(@.code=='d0-2')].count").value(1))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='handling')].rows[?(@.code=='d3-7')].count").value(1))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='handling')].rows[?(@.code=='d8-15')].count").value(0))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='handling')].rows[?(@.code=='d31+')].count").value(1))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='handling')].rows[?(@.code=='open')].count").value(2))
                .andExpect(jsonPath("$.blocks[?(@.dimension=='outcome')].rows[?(@.code=='undecided')].count").value(2));
        // The sub-branch alone: the two complaints accepted there (one open and past due).
        mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD + "&unit=" + org.subBranch).with(staff.as(org.supervisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.overdue").value(1))
                .andExpect(jsonPath("$.upheldRate").value(0.0));
    }

    @Test
    void thePageShowsTheSameFigures() throws Exception {
        String html = mvc.perform(get("/complaints/statistics?" + PERIOD + "&unit=" + org.branch)
                        .with(staff.as(org.supervisor)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("complaints ACCEPTED in the period")
                .contains("Contains provisional codes not verified against JR/T 0169-2018");
        assertThat(count(html, "cause", "K-CA-01")).isEqualTo("3");
        assertThat(count(html, "cause", "K-CA-05")).isEqualTo("1");
        assertThat(count(html, "cause", "uncoded")).isEqualTo("1");
        assertThat(count(html, "channel", "K-CH-03")).isEqualTo("2");
        assertThat(count(html, "handling", "open")).isEqualTo("2");
        assertThat(count(html, "handling", "d31+")).isEqualTo("1");
        assertThat(count(html, "outcome", "not_upheld")).isEqualTo("1");
        assertThat(figure(html, "total")).isEqualTo("5");
        assertThat(figure(html, "overdue")).isEqualTo("3");
        assertThat(figure(html, "upheld-rate")).isEqualTo("66.7");
        assertThat(figure(html, "repeats")).isEqualTo("1");
        assertThat(figure(html, "repeat-rate")).isEqualTo("20.0");
        // The Pareto chart: causes by count, descending, the cumulative line ending at 100 % and the 80 % marker.
        assertThat(html).contains("<svg").contains("class=\"marker-80\"");
        String svg = mvc.perform(get("/complaints/statistics/pareto.svg?" + PERIOD + "&unit=" + org.branch)
                        .with(staff.as(org.supervisor)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(all(svg, "class=\"bar\" data-count=\"(\\d+)\"")).isEqualTo("3,1,1");
        assertThat(all(svg, "class=\"cumulative\" data-percent=\"([\\d.]+)\"")).isEqualTo("60.0,80.0,100.0");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresInCells() throws Exception {
        byte[] xlsx = mvc.perform(get("/complaints/statistics.xlsx?" + PERIOD + "&unit=" + org.branch)
                        .with(staff.as(org.supervisor)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ComplaintStatisticsPages.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("Complaint statistics return");
            Map<String, Row> byLabel = new HashMap<>();
            String block = "";
            Map<String, Double> counts = new HashMap<>();
            for (Row row : sheet) {
                String first = text(row.getCell(0));
                byLabel.putIfAbsent(first, row);
                if (first.startsWith("By ") || first.startsWith("Handling") || first.equals("Outcome")
                        || first.equals("Key figures")) {
                    block = first;
                } else if (row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                    counts.put(block + "/" + first, row.getCell(2).getNumericCellValue());
                }
            }
            assertThat(text(byLabel.get("Unit").getCell(1))).startsWith(org.branch);
            assertThat(text(byLabel.get("Period").getCell(1))).contains("2026-10-01 – 2026-10-31").contains("ACCEPTED");
            assertThat(text(byLabel.get("Warning").getCell(1))).contains("JR/T 0169-2018");
            assertThat(byLabel).containsKey("Generated at");
            assertThat(counts).containsEntry("By cause/K-CA-01", 3.0).containsEntry("By cause/K-CA-05", 1.0)
                    .containsEntry("By cause/uncoded", 1.0).containsEntry("By cause/Total", 5.0)
                    .containsEntry("By channel/K-CH-01", 2.0).containsEntry("By business type/K-BT-02", 2.0)
                    .containsEntry("By region (first-level branch)/" + org.branch, 5.0)
                    .containsEntry("Outcome/upheld", 1.0).containsEntry("Outcome/undecided", 2.0)
                    .containsEntry("Key figures/total", 5.0).containsEntry("Key figures/overdue", 3.0)
                    .containsEntry("Key figures/upheld-rate", 66.7).containsEntry("Key figures/repeats", 1.0)
                    .containsEntry("Key figures/repeat-rate", 20.0);
            assertThat(counts.keySet().stream().filter(k -> k.startsWith("Handling")).map(k -> k + "=" + counts.get(k))
                    .sorted().toList()).containsExactly("Handling time (acceptance to resolution, calendar days)/Total=5.0",
                    "Handling time (acceptance to resolution, calendar days)/d0-2=1.0",
                    "Handling time (acceptance to resolution, calendar days)/d16-30=0.0",
                    "Handling time (acceptance to resolution, calendar days)/d3-7=1.0",
                    "Handling time (acceptance to resolution, calendar days)/d31+=1.0",
                    "Handling time (acceptance to resolution, calendar days)/d8-15=0.0",
                    "Handling time (acceptance to resolution, calendar days)/open=2.0");
            // The share column: K-CA-01 is 60.0 % of the five.
            Row cause = sheet.getRow(rowOf(sheet, "By cause", "K-CA-01"));
            assertThat(cause.getCell(3).getNumericCellValue()).isEqualTo(60.0);
        }
    }

    @Test
    void aUnitOutsideTheCallersScopeIsLikeAnUnknownOne() throws Exception {
        String sh = mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD + "&unit=SH").with(staff.as("supervisor.bj")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("unit"))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD + "&unit=NO-SUCH-UNIT")
                        .with(staff.as("supervisor.bj")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(sh.replaceAll("\"requestId\":\"\\w+\"", "")).isEqualTo(unknown.replaceAll("\"requestId\":\"\\w+\"", ""));
        mvc.perform(get("/complaints/statistics.xlsx?" + PERIOD + "&unit=SH").with(staff.as("supervisor.bj")))
                .andExpect(status().isBadRequest());
        // The branch's own supervisor cannot see head office either; an agent has no complaint.statistics at all.
        mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD + "&unit=HQ").with(staff.as(org.supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unit"));
        mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD).with(staff.as(org.agent)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/complaints/statistics").with(staff.as(org.agent))).andExpect(status().isForbidden());
        // Head office sees the branch, and the branch's complaints count in its own total.
        mvc.perform(get("/api/v1/complaints/statistics?" + PERIOD + "&unit=" + org.branch).with(staff.as("manager.hq")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(5));
    }

    @Test
    void badInputNamesTheField() throws Exception {
        String api = "/api/v1/complaints/statistics?unit=" + org.branch;
        mvc.perform(get(api + "&from=2026-13-01&to=2026-10-31").with(staff.as(org.supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(api + "&from=2026-10-01&to=yesterday").with(staff.as(org.supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get(api + "&from=2026-11-01&to=2026-10-31").with(staff.as(org.supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get(api + "&from=2025-10-01&to=2026-10-31").with(staff.as(org.supervisor)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("too-long"));
        String page = mvc.perform(get("/complaints/statistics?from=2026-11-01&to=2026-10-31").with(staff.as(org.supervisor))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-field=\"to\"").contains("The end of the period is before its start.");
    }

    private static int rowOf(Sheet sheet, String block, String code) {
        boolean in = false;
        for (Row row : sheet) {
            String first = text(row.getCell(0));
            if (first.equals(block)) {
                in = true;
            } else if (in && first.equals(code)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(code + " not in " + block);
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** The count cell of a code's row in a dimension's table on the page. */
    private static String count(String html, String dimension, String code) {
        int table = html.indexOf("id=\"statistics-" + dimension + "\"");
        int end = html.indexOf("</table>", table);
        Matcher m = Pattern.compile("data-code=\"" + Pattern.quote(code) + "\">.*?class=\"text-end count\">(\\d+)<",
                Pattern.DOTALL).matcher(html.substring(table, end));
        return m.find() ? m.group(1) : "missing";
    }

    private static String figure(String html, String name) {
        Matcher m = Pattern.compile("data-figure=\"" + Pattern.quote(name) + "\">.*?<td class=\"text-end\">([\\d.]+)<",
                Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : "missing";
    }

    private static String all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(out.isEmpty() ? "" : ",").append(m.group(1));
        }
        return out.toString();
    }
}
