package org.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Article bodies come from staff and reach customers: nothing in them may run in a browser. */
class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void rawHtmlIsShownAsText() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> and "
                + "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a> <svg onload=alert(5)>");
        assertThat(html).doesNotContainPattern("<(script|img|a|svg)\\b").contains("&lt;script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void unsafeLinkAndImageAddressesAreEmptied() {
        String html = markdown.toHtml("[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:x)"
                + " [d](data:text/html;base64,PHNjcmlwdD4=) ![e](javascript:alert(1)) [f](<java\tscript:alert(1)>)"
                + " [g](&#106;avascript:alert(1)) <javascript:alert(1)>");
        assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("src=\"javascript")
                .doesNotContain("href=\"data:").doesNotContain("href=\"vbscript").doesNotContain("script:alert(1)\"");
    }

    @Test
    void ordinaryMarkdownStaysUseful() {
        String html = markdown.toHtml("**Call** [us](tel:95000) or see [help](https://bank.example/help?x=1&y=2)"
                + " and [branches](/branches)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two");
        assertThat(html).contains("<strong>Call</strong>", "href=\"tel:95000\"",
                "href=\"https://bank.example/help?x=1&amp;y=2\"", "href=\"/branches\"", "rel=\"nofollow noopener noreferrer\"",
                "<li>one</li>");
        assertThat(markdown.toText("**Call** us")).isEqualTo("Call us");
    }
}
