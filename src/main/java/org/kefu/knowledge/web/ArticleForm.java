package org.kefu.knowledge.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.kefu.knowledge.Article;
import org.kefu.knowledge.ArticleAudience;
import org.kefu.knowledge.ArticleContent;
import org.springframework.validation.BindingResult;

/**
 * The editor's form as typed, so that a form with errors is shown again unchanged: labels separated by
 * commas, utterances one per line, times in the bank's zone (Beijing time).
 */
public class ArticleForm {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private String slug;
    private String language = "zh";
    private String owner;
    private int version;
    private String title;
    private String body;
    private String category;
    private String tags = "";
    private String products = "";
    private ArticleAudience audience = ArticleAudience.CUSTOMERS;
    private String effectiveFrom;
    private String expiresAt;
    private String intent;
    private String utterancesZh = "";
    private String utterancesEn = "";

    static ArticleForm of(Article a) {
        ArticleForm form = new ArticleForm();
        ArticleContent c = a.content();
        form.slug = a.slug();
        form.language = a.language().name().toLowerCase(java.util.Locale.ROOT);
        form.owner = a.owner();
        form.version = a.rowVersion();
        form.title = c.title();
        form.body = c.body();
        form.category = c.category();
        form.tags = String.join(", ", c.tags());
        form.products = String.join(", ", c.products());
        form.audience = c.audience();
        form.effectiveFrom = local(c.effectiveFrom());
        form.expiresAt = local(c.expiresAt());
        form.intent = c.intent();
        form.utterancesZh = String.join("\n", c.utterancesZh());
        form.utterancesEn = String.join("\n", c.utterancesEn());
        return form;
    }

    /** The content, or null after rejecting the times that could not be read. */
    ArticleContent content(Instant now, BindingResult errors, String badTime) {
        Instant effective = instant("effectiveFrom", effectiveFrom, errors, badTime);
        Instant expires = instant("expiresAt", expiresAt, errors, badTime);
        if (errors.hasFieldErrors("effectiveFrom") || errors.hasFieldErrors("expiresAt")) {
            return null;
        }
        return new ArticleContent(title, body, category, split(tags, ","), split(products, ","), audience,
                effective == null ? now : effective, expires, intent, split(utterancesZh, "\n"),
                split(utterancesEn, "\n"));
    }

    private static Instant instant(String field, String value, BindingResult errors, String badTime) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "invalid", badTime);
            return null;
        }
    }

    private static String local(Instant instant) {
        return instant == null ? "" : LocalDateTime.ofInstant(instant, ZONE).withSecond(0).withNano(0).toString();
    }

    private static List<String> split(String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getTags() { return tags; }
    public void setTags(String tags) { this.tags = tags; }
    public String getProducts() { return products; }
    public void setProducts(String products) { this.products = products; }
    public ArticleAudience getAudience() { return audience; }
    public void setAudience(ArticleAudience audience) { this.audience = audience; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getExpiresAt() { return expiresAt; }
    public void setExpiresAt(String expiresAt) { this.expiresAt = expiresAt; }
    public String getIntent() { return intent; }
    public void setIntent(String intent) { this.intent = intent; }
    public String getUtterancesZh() { return utterancesZh; }
    public void setUtterancesZh(String utterancesZh) { this.utterancesZh = utterancesZh; }
    public String getUtterancesEn() { return utterancesEn; }
    public void setUtterancesEn(String utterancesEn) { this.utterancesEn = utterancesEn; }
}
