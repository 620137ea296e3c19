package org.kefu.complaint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Calendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Semaphore;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a letter: Thymeleaf fills {@code templates/complaint/letter/<kind>.html} (XML mode, so the output
 * is the well-formed XHTML openhtmltopdf needs) with the frozen variables and the texts of
 * {@code i18n/complaint-letter}, and openhtmltopdf lays it out with the letter font embedded. The output
 * depends on nothing but its inputs: producer, dates and document id are fixed, so the same letter renders
 * to the same bytes and its SHA-256 proves what was sent.
 */
@Component
class LetterRenderer {

    static final String PRODUCER = "Kefu";

    static {
        XRLog.setLoggerImpl(new LetterRendererLog());
    }

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final LetterFont font;
    /**
     * Layout is CPU-bound (100-300 ms a letter when warm): a burst of issues (a bulk import, the demo data at
     * start-up) may use half the cores, never all of them, so requests keep being served.
     */
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    LetterRenderer(MessageSource messages, ComplaintLetterProperties properties) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/complaint/letter/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
        templates.setTemplateEngineMessageSource(messages);
        this.font = LetterFont.of(properties.fontPath());
    }

    LetterFont font() {
        return font;
    }

    /** The XHTML of a letter (the PDF's source), for {@link #pdf}. */
    String xhtml(ComplaintLetterKind kind, String languageTag, Map<String, Object> variables) {
        Locale locale = Locale.forLanguageTag(languageTag);
        Context context = new Context(locale);
        context.setVariable("v", variables);
        context.setVariable("fmt", new LetterFormats(locale));
        return templates.process(kind.template(), context);
    }

    byte[] pdf(ComplaintLetterKind kind, String languageTag, Map<String, Object> variables, Instant issuedAt) {
        slots.acquireUninterruptibly();
        try {
            return layout(kind, xhtml(kind, languageTag, variables), issuedAt);
        } finally {
            slots.release();
        }
    }

    private byte[] layout(ComplaintLetterKind kind, String html, Instant issuedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try (PDDocument document = new PDDocument()) {
            PDFont letterFont = font.embedIn(document);
            PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().usePDDocument(document)
                    .useFont(new PDFontSupplier(letterFont), LetterFont.FAMILY, 400,
                            BaseRendererBuilder.FontStyle.NORMAL, true)
                    .withHtmlContent(html, null).withProducer(PRODUCER);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                pinMetadata(document, html, issuedAt);
                document.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the " + kind + " letter", e);
        }
        return out.toByteArray();
    }

    /** Dates are the issue time, the document id a digest of the content: nothing depends on the clock. */
    private static void pinMetadata(PDDocument document, String html, Instant issuedAt) {
        Calendar at = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        at.setTimeInMillis(issuedAt.toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(at);
        info.setModificationDate(at);
        byte[] id = java.util.Arrays.copyOf(sha256(html.getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] content) {
        return java.util.HexFormat.of().formatHex(sha256(content));
    }
}
