package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Each letter in both languages, rendered as issued and read back with PDFBox: the words a customer reads,
 * in the embedded font (no tofu, no system font), and the same bytes for the same letter.
 */
class ComplaintLetterRenderingTests {

    static final Instant ISSUED = Instant.parse("2026-12-01T02:30:00Z");
    static LetterRenderer renderer;

    @BeforeAll
    static void renderer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/complaint-letter");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        renderer = new LetterRenderer(messages, new ComplaintLetterProperties(null, null, null));
    }

    static Map<String, Object> common(String locale) {
        Map<String, Object> v = new TreeMap<>();
        v.put("caseNumber", "CP-2026-004711");
        v.put("locale", locale);
        v.put("institution", ComplaintLetterProperties.DEFAULT_INSTITUTION.in(locale));
        v.put("customerName", "en".equals(locale) ? "Li Wenjing 李文静" : "欧阳娜娜");
        v.put("acceptedOn", "2026-11-28");
        v.put("issuedOn", "2026-12-01");
        return v;
    }

    static Map<String, Object> acceptance(String locale) {
        Map<String, Object> v = common(locale);
        v.put("milestones", List.of(Map.of("name", "reply", "dueOn", "2026-12-01"),
                Map.of("name", "result", "dueOn", "2026-12-08")));
        return v;
    }

    static Map<String, Object> extension(String locale) {
        Map<String, Object> v = common(locale);
        v.put("days", 15);
        v.put("reason", "需调取第三方支付机构的交易记录");
        v.put("newDueOn", "2026-12-28");
        return v;
    }

    static Map<String, Object> decision(String locale) {
        Map<String, Object> v = common(locale);
        v.put("outcome", "partly_upheld");
        v.put("remedy", "退还跨行转账手续费并致歉");
        v.put("compensation", "1234.50");
        v.put("reviewDays", 30);
        v.put("hotline", ComplaintLetterProperties.DEFAULT_HOTLINE.in(locale));
        return v;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String render(ComplaintLetterKind kind, String locale, Map<String, Object> v) throws IOException {
        long started = System.nanoTime();
        byte[] pdf = renderer.pdf(kind, locale, v, ISSUED);
        System.out.printf("letter %s %s: %d bytes in %d ms%n", kind.code(), locale, pdf.length,
                (System.nanoTime() - started) / 1_000_000);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // For a human look after the build: target/letters/<kind>-<locale>.pdf
        Files.createDirectories(Path.of("target/letters"));
        Files.write(Path.of("target/letters", kind.code() + "-" + locale + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
                }
            }
            assertThat(fonts).as("only the letter font, embedded").isNotEmpty()
                    .allMatch(f -> f.contains("WenQuanYi") && f.endsWith(" embedded"));
        }
        return text(pdf);
    }

    @Test
    void theAcceptanceLetterGivesTheRegulatoryDatesInChinese() throws IOException {
        assertThat(render(ComplaintLetterKind.ACCEPTANCE, "zh-CN", acceptance("zh-CN"))).contains(
                "Kefu 示范银行", "投诉受理通知书", "CP-2026-004711", "尊敬的欧阳娜娜：", "2026年11月28日受理您的投诉",
                "初步答复：2026年12月1日前", "处理结果：2026年12月8日前");
    }

    @Test
    void theAcceptanceLetterGivesTheRegulatoryDatesInEnglish() throws IOException {
        assertThat(render(ComplaintLetterKind.ACCEPTANCE, "en", acceptance("en"))).contains(
                "Kefu Demo Bank", "Acknowledgement of your complaint", "CP-2026-004711", "Dear Li Wenjing 李文静,",
                "on 28 November 2026", "First reply: by 1 December 2026", "Result of the handling: by 8 December 2026");
    }

    @Test
    void theExtensionLetterGivesTheNewDateAndTheReason() throws IOException {
        assertThat(render(ComplaintLetterKind.EXTENSION, "zh-CN", extension("zh-CN"))).contains(
                "投诉处理延期告知书", "CP-2026-004711", "欧阳娜娜", "延长15日", "延期原因：需调取第三方支付机构的交易记录",
                "2026年12月28日前作出处理决定");
        assertThat(render(ComplaintLetterKind.EXTENSION, "en", extension("en"))).contains(
                "Notice of extension", "CP-2026-004711", "Li Wenjing", "by 15 days",
                "Reason for the extension: 需调取第三方支付机构的交易记录", "decision by 28 December 2026");
    }

    @Test
    void theDecisionLetterGivesOutcomeRemedyCompensationAndTheFurtherOptions() throws IOException {
        assertThat(render(ComplaintLetterKind.DECISION, "zh-CN", decision("zh-CN"))).contains(
                "投诉处理决定书", "CP-2026-004711", "欧阳娜娜", "投诉部分成立", "退还跨行转账手续费并致歉", "¥1,234.50",
                "30日内向我行申请复核", "调解", "仲裁", "诉讼", "12378");
        assertThat(render(ComplaintLetterKind.DECISION, "en", decision("en"))).contains(
                "Decision on your complaint", "CP-2026-004711", "Li Wenjing", "Partly upheld", "CNY 1,234.50",
                "review it (复核) within 30 days", "mediation", "arbitration", "lawsuit", "12378");
    }

    @Test
    void aDecisionWithoutCompensationSaysNone() throws IOException {
        Map<String, Object> v = decision("en");
        v.put("compensation", null);
        v.put("outcome", "not_upheld");
        assertThat(render(ComplaintLetterKind.DECISION, "en", v)).contains("Not upheld", "Compensation None");
    }

    @Test
    void theSameLetterRendersToTheSameBytesWithTheIssueTimeAsItsDate() throws IOException {
        byte[] first = renderer.pdf(ComplaintLetterKind.DECISION, "zh-CN", decision("zh-CN"), ISSUED);
        byte[] again = renderer.pdf(ComplaintLetterKind.DECISION, "zh-CN", decision("zh-CN"), ISSUED);
        assertThat(again).isEqualTo(first);
        try (PDDocument document = Loader.loadPDF(first)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(ISSUED);
            assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Kefu");
        }
        Map<String, Object> changed = decision("zh-CN");
        changed.put("remedy", "另行补偿");
        assertThat(renderer.pdf(ComplaintLetterKind.DECISION, "zh-CN", changed, ISSUED)).isNotEqualTo(first);
    }

    @Test
    void aFontNamedInTheSettingsReplacesTheBundledOneAlsoFromACollection() throws IOException {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        Assumptions.assumeTrue(Files.exists(dejavu) && Files.exists(wqy), "the system fonts of the build image");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/complaint-letter");
        messages.setDefaultEncoding("UTF-8");
        LetterRenderer latin = new LetterRenderer(messages, new ComplaintLetterProperties(dejavu.toString(), null, null));
        byte[] pdf = latin.pdf(ComplaintLetterKind.ACCEPTANCE, "en", acceptance("en"), ISSUED);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var resources = document.getPage(0).getResources();
            List<String> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).allMatch(f -> f.contains("DejaVuSans"));
        }
        LetterRenderer collection = new LetterRenderer(messages, new ComplaintLetterProperties(wqy.toString(), null, null));
        assertThat(text(collection.pdf(ComplaintLetterKind.DECISION, "zh-CN", decision("zh-CN"), ISSUED)))
                .contains("投诉处理决定书", "欧阳娜娜", "仲裁");
    }
}
