package org.kefu.knowledge.web;

import java.util.List;

import org.kefu.knowledge.ArticleSearch;
import org.kefu.knowledge.Audience;
import org.kefu.knowledge.KnowledgePermissions;
import org.kefu.knowledge.SearchHits;
import org.kefu.knowledge.ServedArticle;
import org.kefu.knowledge.SafeMarkdown;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agents' search page: a search box with filters whose results follow the typing (htmx swaps the
 * result list only), highlighted extracts, and the published article itself.
 */
@Controller
class KnowledgePages {

    static final List<String> CATEGORIES = List.of("cards", "accounts", "transfers", "ebanking", "fees", "complaints",
            "foreign-exchange", "branches", "loans", "deposits", "security", "wealth");
    private static final int PAGE_SIZE = 10;

    private final ArticleSearch search;
    private final SafeMarkdown markdown;
    private final CurrentActor actor;

    KnowledgePages(ArticleSearch search, SafeMarkdown markdown, CurrentActor actor) {
        this.search = search;
        this.markdown = markdown;
        this.actor = actor;
    }

    @GetMapping("/knowledge")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String lang,
                  @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String channel,
                  @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("lang", lang);
        model.addAttribute("category", category);
        model.addAttribute("channel", channel);
        model.addAttribute("categories", CATEGORIES);
        try {
            SearchHits hits = search.search(KnowledgeSearchApi.request(q, lang, category, channel, Audience.STAFF,
                    Math.max(0, Math.min(page, ArticleSearch.MAX_HITS / PAGE_SIZE - 1)), PAGE_SIZE));
            model.addAttribute("hits", hits);
        } catch (InvalidInputException invalid) {
            model.addAttribute("invalid", invalid.violations().get(0).field());
        }
        model.addAttribute("canEdit", actor.get().can(KnowledgePermissions.EDIT));
        model.addAttribute("canApprove", actor.get().can(KnowledgePermissions.APPROVE));
        return htmx != null ? "knowledge/search :: results" : "knowledge/search";
    }

    @GetMapping("/knowledge/read/{id}")
    String read(@PathVariable long id, Model model) {
        ServedArticle article = search.servedArticle(id, Audience.STAFF)
                .orElseThrow(() -> new NotFoundException("article", id));
        model.addAttribute("article", article);
        model.addAttribute("html", markdown.toHtml(article.content().body()));
        model.addAttribute("canEdit", actor.get().can(KnowledgePermissions.EDIT));
        return "knowledge/read";
    }
}
