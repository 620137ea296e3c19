package org.kefu.knowledge.intent;

import org.kefu.knowledge.Language;

/** The language a text is written in, judged by its script: what the customer typed beats what the channel says. */
final class Scripts {

    private Scripts() {
    }

    static Language languageOf(String text, Language declared) {
        if (TextTerms.hasHan(text)) {
            return Language.ZH;
        }
        boolean latin = text != null && text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        return latin ? Language.EN : (declared == null ? Language.ZH : declared);
    }
}
