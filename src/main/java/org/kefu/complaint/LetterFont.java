package org.kefu.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one font of every letter, embedded as a subset so the PDF shows Chinese on any reader: by default the
 * WenQuanYi Micro Hei subset inside the jar (nothing is downloaded, no system font is needed), or the file
 * {@code kefu.complaint.letters.font-path} names. The bytes are read once; each document parses its own
 * copy because a parsed font is not safe to share between threads.
 */
final class LetterFont {

    static final String BUNDLED = "fonts/WenQuanYiMicroHei-Kefu.ttf";
    static final String FAMILY = "KefuLetter";

    private final byte[] bytes;
    private final String source;

    private LetterFont(byte[] bytes, String source) {
        this.bytes = bytes;
        this.source = source;
    }

    static LetterFont of(String overridePath) {
        try {
            if (overridePath != null) {
                return new LetterFont(Files.readAllBytes(Path.of(overridePath)), overridePath);
            }
            try (InputStream in = LetterFont.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("The letter font " + BUNDLED + " is missing from the jar");
                }
                return new LetterFont(in.readAllBytes(), "classpath:" + BUNDLED);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the letter font " + overridePath, e);
        }
    }

    String source() {
        return source;
    }

    /** The font parsed on its own (for checks such as "is every character covered"); the caller closes it. */
    TrueTypeFont parse() throws IOException {
        if (isCollection()) {
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            return first.get();
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** The font for one document, embedded as a subset of the glyphs it uses; closed with the document. */
    PDFont embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, parse(), true);
    }

    private boolean isCollection() {
        return bytes.length > 4 && bytes[0] == 't' && bytes[1] == 't' && bytes[2] == 'c' && bytes[3] == 'f';
    }
}
