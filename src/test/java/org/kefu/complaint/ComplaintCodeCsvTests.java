package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The coding lists' CSV as a spreadsheet opens it: no cell of ours runs as a formula, and the import undoes it. */
class ComplaintCodeCsvTests {

    @Test
    void namesThatASpreadsheetWouldRunAsFormulasAreExportedQuotedAndImportedUnchanged() {
        ComplaintCodeStore.Code code = new ComplaintCodeStore.Code("cause", "X-1", null, "=HYPERLINK(\"http://x\")",
                "+1 fee", 1, true, false, "@note", 0);
        String csv = ComplaintCodeCsv.write(List.of(code));

        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(row).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", ",'+1 fee,", ",'@note");
        List<String> fields = ComplaintCodeCsv.read(csv).get(1).fields();
        assertThat(fields.get(3)).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(fields.get(4)).isEqualTo("+1 fee");
        assertThat(fields.get(8)).isEqualTo("@note");
    }
}
