package org.kefu.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.junit.jupiter.api.Test;

/**
 * The bundled font covers what letters print: every character of the letter bundles and templates (a missing
 * one would print as a box), all GB2312 hanzi for names and free text, and the symbols money and lists need.
 */
class ComplaintLetterFontTests {

    static final Path FONT = Path.of("src/main/resources", LetterFont.BUNDLED);

    @Test
    void everyCharacterOfTheLetterTextsIsInTheFont() throws IOException {
        Set<Integer> used = new TreeSet<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(p -> p.getFileName().toString().startsWith("complaint-letter")).toList()) {
                Properties p = new Properties();
                p.load(Files.newBufferedReader(bundle, StandardCharsets.UTF_8));
                p.forEach((k, v) -> v.toString().codePoints().forEach(used::add));
            }
        }
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/complaint/letter"))) {
            for (Path template : templates.toList()) {
                Files.readString(template).codePoints().forEach(used::add);
            }
        }
        String defaults = ComplaintLetterProperties.DEFAULT_INSTITUTION.zh() + ComplaintLetterProperties.DEFAULT_INSTITUTION.en()
                + ComplaintLetterProperties.DEFAULT_HOTLINE.zh() + ComplaintLetterProperties.DEFAULT_HOTLINE.en();
        defaults.codePoints().forEach(used::add);
        used.removeIf(c -> c < 0x20);
        assertThat(used).as("letter texts").hasSizeGreaterThan(200);
        try (TrueTypeFont font = LetterFont.of(null).parse()) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            assertThat(used.stream().filter(c -> cmap.getGlyphId(c) == 0)
                    .map(c -> new String(Character.toChars(c)) + " U+" + Integer.toHexString(c)).toList())
                    .as("characters without a glyph").isEmpty();
        }
    }

    @Test
    void theFontHasAllGb2312HanziAndTheSymbolsLettersUse() throws IOException {
        assertThat(Files.size(FONT)).as("bytes").isLessThanOrEqualTo(6L * 1024 * 1024);
        int hanzi = 0;
        try (TrueTypeFont font = LetterFont.of(null).parse()) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int row = 0xB0; row <= 0xF7; row++) {
                for (int col = 0xA1; col <= 0xFE; col++) {
                    String c = new String(new byte[] {(byte) row, (byte) col}, java.nio.charset.Charset.forName("GB2312"));
                    if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                        assertThat(cmap.getGlyphId(c.charAt(0))).as("GB2312 %s", c).isNotZero();
                        hanzi++;
                    }
                }
            }
            assertThat(hanzi).isEqualTo(6763);
            for (int c : "¥￥①②③④⑤⑥⑦⑧⑨⑩“”‘’—…、。，；：（）《》【】éü".codePoints().toArray()) {
                assertThat(cmap.getGlyphId(c)).as("U+%04X", c).isNotZero();
            }
            assertThat(font.getName()).contains("WenQuanYi");
        }
        assertThat(Path.of("src/main/resources/fonts/LICENSE-WenQuanYiMicroHei.txt")).content()
                .contains("Apache License", "Version 2.0");
    }
}
