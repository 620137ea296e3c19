package org.kefu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kefu.KefuTest;
import org.kefu.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The search page, the article page and the editor with its review steps, without a browser. */
@KefuTest
class KnowledgePageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The slugs of the hits, in order. */
    static List<String> hits(String html) {
        List<String> slugs = new ArrayList<>();
        Matcher m = Pattern.compile("data-slug=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    int rowVersion(long id) {
        return jdbc.sql("select row_version from knowledge_article where id = ?").param(id).query(Integer.class).single();
    }

    long idOf(String slug) {
        return jdbc.sql("select id from knowledge_article where slug = ?").param(slug).query(Long.class).single();
    }

    @Test
    void theSearchPageShowsHighlightedResultsAndHtmxGetsTheResultsOnly() throws Exception {
        String search = page(get("/knowledge").param("q", "信用卡丢了").with(staff.as("agent.bj")));
        assertThat(hits(search)).first().isEqualTo("card-lost-zh");
        assertThat(search).contains("<mark>").contains("value=\"信用卡丢了\"").contains("id=\"knowledge-search\"")
                .doesNotContain("/knowledge/articles/new");

        String fragment = mvc.perform(get("/knowledge").param("q", "lost crad").param("lang", "en")
                        .header("HX-Request", "true").with(staff.as("agent.bj")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html").contains("data-slug=\"card-lost-en\"")
                .as("the assistant's suggested answers load beside the results")
                .contains("id=\"assistant-suggestions\"", "hx-get=\"/assistant/suggestions?q=lost%20crad\"");

        String filtered = page(get("/knowledge").param("q", "诈骗").param("channel", "customers")
                .with(staff.as("agent.bj")));
        assertThat(hits(filtered)).isNotEmpty().doesNotContain("agent-fraud-script-zh");
        String tooLong = page(get("/knowledge").param("q", "x".repeat(201)).with(staff.as("agent.bj")));
        assertThat(tooLong).contains("id=\"q-error\"").contains("is-invalid");
    }

    @Test
    void theArticlePageShowsTheServedVersionOnly() throws Exception {
        String article = page(get("/knowledge/read/{id}", idOf("card-lost-zh")).with(staff.as("agent.bj")));
        assertThat(article).contains("<strong>立即挂失</strong>").contains("data-slug=\"card-lost-zh\"");
        mvc.perform(get("/knowledge/read/{id}", idOf("spring-festival-hours-2026-en")).with(staff.as("agent.bj")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/knowledge/read/{id}", idOf("summer-fee-promotion-2026-zh")).with(staff.as("agent.bj")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/knowledge/articles").with(staff.as("agent.bj"))).andExpect(status().isForbidden());
    }

    @Test
    void theEditorShowsErrorsBesideFieldsAndTakesAnArticleThroughReview() throws Exception {
        long before = jdbc.sql("select count(*) from knowledge_article").query(Long.class).single();
        String slug = "page-" + Long.toString(System.nanoTime(), 36);
        String invalid = page(post("/knowledge/articles").with(staff.as("supervisor.bj")).with(csrf())
                .param("slug", slug).param("language", "en").param("owner", "supervisor.bj").param("title", "")
                .param("body", "Body").param("category", "Not Valid").param("audience", "CUSTOMERS")
                .param("effectiveFrom", "not a time").param("utterancesEn", "hello"));
        assertThat(invalid).contains("id=\"effectiveFrom-error\"");
        assertThat(jdbc.sql("select count(*) from knowledge_article").query(Long.class).single()).isEqualTo(before);

        invalid = page(post("/knowledge/articles").with(staff.as("supervisor.bj")).with(csrf())
                .param("slug", slug).param("language", "en").param("owner", "supervisor.bj").param("title", "")
                .param("body", "Body").param("category", "Not Valid").param("audience", "CUSTOMERS")
                .param("utterancesEn", "hello"));
        assertThat(invalid).contains("id=\"title-error\"", "id=\"category-error\"", "id=\"utterancesEn-error\"",
                ">Body</textarea>").doesNotContain("id=\"body-error\"");
        assertThat(jdbc.sql("select count(*) from knowledge_article").query(Long.class).single()).isEqualTo(before);

        mvc.perform(post("/knowledge/articles").with(staff.as("supervisor.bj")).with(csrf())
                        .param("slug", slug).param("language", "en").param("owner", "supervisor.bj")
                        .param("title", "Page test " + slug).param("body", "See <script>alert(1)</script> **here**")
                        .param("category", "cards").param("audience", "CUSTOMERS").param("tags", "a, b")
                        .param("intent", "page_test").param("utterancesEn", "first way\nsecond way"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/knowledge/articles/*"));
        long id = idOf(slug);
        String editor = page(get("/knowledge/articles/{id}", id).with(staff.as("supervisor.bj")));
        assertThat(editor).contains("<strong>here</strong>", "&lt;script&gt;alert(1)&lt;/script&gt;",
                "first way\nsecond way", "id=\"submit-for-review\"").doesNotContain("<script>alert");
        String version = String.valueOf(rowVersion(id));

        mvc.perform(post("/knowledge/articles/{id}/submit", id).param("version", version)
                .with(staff.as("supervisor.bj")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page(get("/knowledge/articles/{id}", id).with(staff.as("supervisor.bj")))).doesNotContain("id=\"approve\"");
        assertThat(page(get("/knowledge/articles").with(staff.as("manager.hq")))).contains("href=\"/knowledge/review\"");
        assertThat(page(get("/knowledge").with(staff.as("supervisor.bj")))).doesNotContain("href=\"/knowledge/review\"")
                .contains("href=\"/knowledge/articles/new\"");
        String review = page(get("/knowledge/review").with(staff.as("manager.hq")));
        assertThat(review).contains("Page test " + slug);
        String checker = page(get("/knowledge/articles/{id}", id).with(staff.as("manager.hq")));
        assertThat(checker).contains("id=\"approve\"");
        mvc.perform(post("/knowledge/articles/{id}/approve", id).param("version", String.valueOf(rowVersion(id)))
                .with(staff.as("manager.hq")).with(csrf())).andExpect(status().is3xxRedirection());
        String published = page(get("/knowledge/articles/{id}", id).with(staff.as("manager.hq")));
        assertThat(published).contains("id=\"versions\"", "<td>supervisor.bj</td>", "<td>manager.hq</td>");
        String found = page(get("/knowledge").param("q", "Page test " + slug).with(staff.as("agent.bj")));
        assertThat(hits(found)).first().isEqualTo(slug);
    }

    @Test
    void theWriterIsNotOfferedToApproveTheirOwnVersionAndAStaleFormIsAConflictAboveTheForm() throws Exception {
        String slug = "own-" + Long.toString(System.nanoTime(), 36);
        mvc.perform(post("/knowledge/articles").with(staff.as("manager.hq")).with(csrf())
                .param("slug", slug).param("language", "zh").param("owner", "manager.hq").param("title", "自审测试")
                .param("body", "正文").param("category", "cards").param("audience", "INTERNAL"))
                .andExpect(status().is3xxRedirection());
        long id = idOf(slug);
        mvc.perform(post("/knowledge/articles/{id}/submit", id).param("version", "0")
                .with(staff.as("manager.hq")).with(csrf())).andExpect(status().is3xxRedirection());
        String own = page(get("/knowledge/articles/{id}", id).with(staff.as("manager.hq")));
        assertThat(own).doesNotContain("id=\"approve\"").contains("id=\"own-article\"");
        mvc.perform(post("/knowledge/articles/{id}/approve", id).param("version", "1")
                .with(staff.as("manager.hq")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from knowledge_article where id = ?").param(id).query(String.class).single())
                .isEqualTo("IN_REVIEW");

        String stale = page(post("/knowledge/articles/{id}", id).with(staff.as("supervisor.bj")).with(csrf())
                .param("version", "0").param("owner", "manager.hq").param("title", "改过的标题")
                .param("body", "正文").param("category", "cards").param("audience", "INTERNAL"));
        assertThat(stale).contains("alert alert-danger", "value=\"改过的标题\"");
    }
}
