package org.kefu.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV of the coding lists (RFC 4180: commas, double quotes, quoted line breaks; UTF-8 with a BOM so that
 * spreadsheet programs show Chinese correctly). Columns, in this order, on a header line:
 * {@value #HEADER}.
 */
final class ComplaintCodeCsv {

    static final String HEADER = "dimension,code,parent_code,name_zh,name_en,position,active,verified,note";
    static final List<String> COLUMNS = List.of(HEADER.split(","));

    private ComplaintCodeCsv() {
    }

    static String write(List<ComplaintCodeStore.Code> codes) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (ComplaintCodeStore.Code c : codes) {
            out.append(String.join(",", List.of(c.dimension(), c.code(), field(c.parentCode()), field(c.nameZh()),
                    field(c.nameEn()), String.valueOf(c.position()), String.valueOf(c.active()),
                    String.valueOf(c.verified()), field(c.note())))).append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // A spreadsheet would run a cell starting with = + - @ as a formula: exported with a leading quote,
        // which the import takes off again.
        if (FORMULA.indexOf(value.isEmpty() ? ' ' : value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static final String FORMULA = "=+-@";

    private static String unguarded(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    /** A record of the file: its starting line number (1-based) and its fields. */
    record Line(int number, List<String> fields) {
    }

    /** The records of the text, the header included; a blank line is skipped. Null for unbalanced quotes. */
    static List<Line> read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(unguarded(field.toString()));
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(unguarded(field.toString()));
                field.setLength(0);
                if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                    lines.add(new Line(start, List.copyOf(fields)));
                }
                fields.clear();
                line++;
                start = line;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(unguarded(field.toString()));
            if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                lines.add(new Line(start, List.copyOf(fields)));
            }
        }
        return lines;
    }
}
