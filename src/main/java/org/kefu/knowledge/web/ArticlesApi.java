package org.kefu.knowledge.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.kefu.knowledge.Article;
import org.kefu.knowledge.ArticleAudience;
import org.kefu.knowledge.ArticleContent;
import org.kefu.knowledge.ArticleStatus;
import org.kefu.knowledge.ArticleVersion;
import org.kefu.knowledge.Articles;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.MakerCannotCheck;
import org.kefu.knowledge.SafeMarkdown;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.platform.ProblemType;
import org.kefu.platform.Problems;
import org.kefu.shared.PageQuery;
import org.kefu.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Writing, reviewing, publishing and retiring articles; every change names the version it was made on. */
@RestController
@RequestMapping("/api/v1/knowledge/articles")
@Tag(name = "Knowledge")
class ArticlesApi {

    private final Articles articles;
    private final SafeMarkdown markdown;
    private final CurrentActor actor;
    private final Clock clock;
    private final Problems problems;

    ArticlesApi(Articles articles, SafeMarkdown markdown, CurrentActor actor, Clock clock, Problems problems) {
        this.articles = articles;
        this.markdown = markdown;
        this.actor = actor;
        this.clock = clock;
        this.problems = problems;
    }

    /** The approver should learn why, not only that it is forbidden (a controller's handler beats the advice). */
    @ExceptionHandler(MakerCannotCheck.class)
    ResponseEntity<ProblemDetail> makerCannotCheck(MakerCannotCheck e, HttpServletRequest request) {
        return problems.respond(problems.of(ProblemType.FORBIDDEN, problems.message(MakerCannotCheck.MESSAGE_KEY),
                request));
    }

    /** Create (slug and language) and update (version) share the content fields. */
    record ArticleRequest(@Size(max = 80) String slug, String language, @Size(max = 64) String owner,
                          Integer version, String title, String body, String category, List<String> tags,
                          List<String> products, ArticleAudience audience, Instant effectiveFrom, Instant expiresAt,
                          String intent, List<String> utterancesZh, List<String> utterancesEn) {

        ArticleContent content(Instant now) {
            return new ArticleContent(title, body, category, tags, products, audience,
                    effectiveFrom == null ? now : effectiveFrom, expiresAt, intent, utterancesZh, utterancesEn);
        }
    }

    record Step(@NotNull Integer version, @Size(max = 1000) String comment) {
    }

    @GetMapping
    @Operation(summary = "Articles (working copies) by status and owner")
    PageResult<ArticleView> list(@RequestParam(required = false) ArticleStatus status,
                                 @RequestParam(required = false) String owner,
                                 @PageDefaults(sortable = {"updatedAt", "title", "status", "category"},
                                         sort = "updatedAt,desc") PageQuery page) {
        return articles.list(status, owner, page).map(this::view);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a new article (a draft); language zh or en")
    ArticleView create(@Valid @RequestBody ArticleRequest request) {
        Language language = request.language() == null ? null : Language.parse(request.language())
                .orElseThrow(() -> new InvalidInputException("language", "invalid", "knowledge.search.lang"));
        return view(articles.create(new Articles.NewArticle(request.slug(), language, request.owner(),
                request.content(clock.instant())), actor.get()));
    }

    @GetMapping("/{id}")
    ArticleView one(@PathVariable long id) {
        return view(articles.get(id));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Published versions, newest first, with who wrote, submitted, approved and retired them")
    List<ArticleVersion> versions(@PathVariable long id) {
        return articles.versions(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the working copy (back to draft; the published version is served until approved)")
    ArticleView update(@PathVariable long id, @Valid @RequestBody ArticleRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "required", "field.required");
        }
        return view(articles.update(id, request.version(), request.owner(), request.content(clock.instant()),
                actor.get()));
    }

    @PostMapping("/{id}/submit")
    ArticleView submit(@PathVariable long id, @Valid @RequestBody Step step) {
        return view(articles.submit(id, step.version(), actor.get()));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Publish as a new version (not by its writer or submitter)")
    ArticleView approve(@PathVariable long id, @Valid @RequestBody Step step) {
        return view(articles.approve(id, step.version(), actor.get()));
    }

    @PostMapping("/{id}/send-back")
    @Operation(summary = "Return to draft with a comment")
    ArticleView sendBack(@PathVariable long id, @Valid @RequestBody Step step) {
        return view(articles.sendBack(id, step.version(), step.comment(), actor.get()));
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "Stop serving the article on every channel; comment is the reason")
    ArticleView retire(@PathVariable long id, @Valid @RequestBody Step step) {
        return view(articles.retire(id, step.version(), step.comment(), actor.get()));
    }

    private ArticleView view(Article article) {
        return ArticleView.of(article, markdown.toHtml(article.content().body()));
    }
}
