package org.kefu.complaint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The statistics return as an .xlsx statistics table: title, unit, period (complaints accepted), generated at,
 * the provisional-codes warning, then one block per dimension (code, name, count, share, totals row) and the
 * key figures. Counts are numeric cells, shares are percentages with one decimal, as on the page.
 */
final class StatisticsWorkbook {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;
    private final Locale locale;

    StatisticsWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(StatisticsReturn r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("complaint-analysis.statistics.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] at = {0};
            Row title = sheet.createRow(at[0]++);
            title.createCell(0).setCellValue(text("complaint-analysis.statistics.title"));
            title.getCell(0).setCellStyle(bold);
            pair(sheet, at, text("complaint-analysis.statistics.unit"),
                    r.unitCode() + " " + (isEnglish() ? r.unitNameEn() : r.unitNameZh()));
            pair(sheet, at, text("complaint-analysis.statistics.period"), r.from() + " – " + r.to() + " ("
                    + text("complaint-analysis.statistics.period-basis") + ")");
            pair(sheet, at, text("complaint-analysis.statistics.generated-at"), AT.format(r.generatedAt()));
            if (r.provisional()) {
                pair(sheet, at, text("complaint-analysis.statistics.warning-label"),
                        text("complaint-analysis.statistics.provisional"));
            }
            at[0]++;
            for (StatisticsReturn.Block block : r.blocks()) {
                Row head = sheet.createRow(at[0]++);
                head.createCell(0).setCellValue(text("complaint-analysis.dimension." + block.dimension()));
                head.getCell(0).setCellStyle(bold);
                Row columns = sheet.createRow(at[0]++);
                String[] names = {"code", "name", "count", "share"};
                for (int i = 0; i < names.length; i++) {
                    columns.createCell(i).setCellValue(text("complaint-analysis.column." + names[i]));
                    columns.getCell(i).setCellStyle(bold);
                }
                for (StatisticsReturn.Row row : block.rows()) {
                    Row line = sheet.createRow(at[0]++);
                    line.createCell(0).setCellValue(row.code());
                    line.createCell(1).setCellValue((isEnglish() ? row.nameEn() : row.nameZh())
                            + (row.verified() ? "" : " *"));
                    line.createCell(2).setCellValue(row.count());
                    line.createCell(3).setCellValue(row.share().doubleValue());
                }
                Row totals = sheet.createRow(at[0]++);
                totals.createCell(0).setCellValue(text("complaint-analysis.column.total"));
                totals.createCell(2).setCellValue(block.sum());
                totals.createCell(3).setCellValue(StatisticsReturn.percent(block.sum(), r.total()).doubleValue());
                at[0]++;
            }
            Row head = sheet.createRow(at[0]++);
            head.createCell(0).setCellValue(text("complaint-analysis.dimension.key-figures"));
            head.getCell(0).setCellStyle(bold);
            number(sheet, at, "total", r.total());
            number(sheet, at, "overdue", r.overdue());
            number(sheet, at, "decided", r.decided());
            number(sheet, at, "upheld-rate", r.upheldRate().doubleValue());
            number(sheet, at, "repeats", r.repeats());
            number(sheet, at, "repeat-rate", r.repeatRate().doubleValue());
            for (int i = 0; i < 4; i++) {
                sheet.setColumnWidth(i, i == 1 ? 12_000 : 5_000);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pair(Sheet sheet, int[] at, String label, String value) {
        Row row = sheet.createRow(at[0]++);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private void number(Sheet sheet, int[] at, String key, double value) {
        Row row = sheet.createRow(at[0]++);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(text("complaint-analysis.figure." + key));
        row.createCell(2).setCellValue(value);
    }

    private boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
