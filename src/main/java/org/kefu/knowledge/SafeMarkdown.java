package org.kefu.knowledge;

import java.util.Locale;
import java.util.Set;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.springframework.stereotype.Component;

/**
 * Article bodies are Markdown written by staff and read by customers, so the HTML made of them must not
 * run anything: raw HTML is escaped (shown as text), and link and image addresses other than http(s),
 * mailto, tel and relative ones are emptied — no {@code javascript:}, {@code data:} or {@code vbscript:}.
 */
@Component
public class SafeMarkdown {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new Schemes())
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if ("a".equals(tag)) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();
    private final TextContentRenderer text = TextContentRenderer.builder().build();

    /** Safe HTML for a page or a chat reply. */
    public String toHtml(String markdown) {
        return html.render(parser.parse(markdown == null ? "" : markdown));
    }

    /** The words without markup, for the index and extracts. */
    public String toText(String markdown) {
        return text.render(parser.parse(markdown == null ? "" : markdown));
    }

    private static final class Schemes implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return allowed(url, LINK_SCHEMES) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return allowed(url, IMAGE_SCHEMES) ? url : "";
        }

        private static boolean allowed(String url, Set<String> schemes) {
            // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): drop them first.
            String plain = url.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(Locale.ROOT);
            int colon = plain.indexOf(':');
            int slash = plain.indexOf('/');
            int query = plain.indexOf('?');
            int hash = plain.indexOf('#');
            boolean relative = colon < 0 || (slash >= 0 && slash < colon) || (query >= 0 && query < colon)
                    || (hash >= 0 && hash < colon);
            return relative || schemes.contains(plain.substring(0, colon));
        }
    }
}
