package org.kefu.cases;

import java.text.Normalizer;

/**
 * Makes an uploaded file name safe to store, show and send back in a header: only the last path part
 * (browsers on Windows send {@code C:\...}), no control or bidirectional-override characters (which make
 * {@code exe.pdf} read as {@code fdp.exe}), no leading dots, NFC-normalised, and shortened keeping the
 * extension. Null when nothing usable is left.
 */
final class CaseAttachmentNames {

    private CaseAttachmentNames() {
    }

    static String sanitise(String original, int maxLength) {
        if (original == null) {
            return null;
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && !isFormatting(c) && c != '"')
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip().replaceAll("^\\.+", "").strip();
        if (name.isEmpty()) {
            return null;
        }
        if (name.codePointCount(0, name.length()) > maxLength) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            String base = name.substring(0, name.length() - extension.length());
            base = base.substring(0, base.offsetByCodePoints(0, maxLength - extension.length()));
            name = base + extension;
        }
        return name;
    }

    /** Unicode format characters: bidi overrides and isolates, zero-width joiners, soft hyphens. */
    private static boolean isFormatting(int c) {
        return Character.getType(c) == Character.FORMAT;
    }
}
