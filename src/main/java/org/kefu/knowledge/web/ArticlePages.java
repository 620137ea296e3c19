package org.kefu.knowledge.web;

import java.time.Clock;

import org.kefu.knowledge.Article;
import org.kefu.knowledge.ArticleContent;
import org.kefu.knowledge.ArticleStatus;
import org.kefu.knowledge.Articles;
import org.kefu.knowledge.KnowledgePermissions;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.SafeMarkdown;
import org.kefu.platform.ConflictException;
import org.kefu.platform.CurrentActor;
import org.kefu.platform.Flash;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.PageDefaults;
import org.kefu.shared.PageQuery;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' and approvers' pages: the list of articles, the editor with preview, history and the steps
 * possible now, and the review queue. Errors are shown beside their fields; a version conflict or a step
 * not possible above the form.
 */
@Controller
class ArticlePages {

    private final Articles articles;
    private final SafeMarkdown markdown;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final Clock clock;

    ArticlePages(Articles articles, SafeMarkdown markdown, CurrentActor actor, MessageSource messages, Clock clock) {
        this.articles = articles;
        this.markdown = markdown;
        this.actor = actor;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/knowledge/articles")
    String list(@RequestParam(required = false) ArticleStatus status,
                @PageDefaults(sortable = {"updatedAt", "title", "status", "category"}, sort = "updatedAt,desc")
                PageQuery page, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("result", articles.list(status, null, page));
        model.addAttribute("canApprove", actor.get().can(KnowledgePermissions.APPROVE));
        model.addAttribute("review", false);
        return "knowledge/articles";
    }

    @GetMapping("/knowledge/review")
    String review(@PageDefaults(sortable = {"updatedAt"}, sort = "updatedAt,asc") PageQuery page, Model model) {
        model.addAttribute("status", ArticleStatus.IN_REVIEW);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("result", articles.list(ArticleStatus.IN_REVIEW, null, page));
        model.addAttribute("review", true);
        return "knowledge/articles";
    }

    @GetMapping("/knowledge/articles/new")
    String newArticle(Model model) {
        ArticleForm form = new ArticleForm();
        form.setOwner(actor.get().id());
        model.addAttribute("form", form);
        return editor(null, model);
    }

    @PostMapping("/knowledge/articles")
    String create(@ModelAttribute("form") ArticleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        ArticleContent content = form.content(clock.instant(), errors, text("knowledge.field.time"));
        Language language = Language.parse(form.getLanguage()).orElse(null);
        if (content != null) {
            try {
                Article article = articles.create(new Articles.NewArticle(form.getSlug(), language, form.getOwner(),
                        content), actor.get());
                redirect.addFlashAttribute("flash", Flash.success("knowledge.editor.created"));
                return "redirect:/knowledge/articles/" + article.id();
            } catch (InvalidInputException invalid) {
                reject(invalid, errors);
            }
        }
        return editor(null, model);
    }

    @GetMapping("/knowledge/articles/{id}")
    String edit(@PathVariable long id, Model model) {
        Article article = articles.get(id);
        model.addAttribute("form", ArticleForm.of(article));
        return editor(article, model);
    }

    @PostMapping("/knowledge/articles/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") ArticleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        Article article = articles.get(id);
        ArticleContent content = form.content(clock.instant(), errors, text("knowledge.field.time"));
        if (content != null) {
            try {
                articles.update(id, form.getVersion(), form.getOwner(), content, actor.get());
                redirect.addFlashAttribute("flash", Flash.success("knowledge.editor.saved"));
                return "redirect:/knowledge/articles/" + id;
            } catch (InvalidInputException invalid) {
                reject(invalid, errors);
            } catch (ConflictException conflict) {
                errors.reject(conflict.messageKey(), text(conflict.messageKey(), conflict.args()));
            }
        }
        return editor(article, model);
    }

    @PostMapping("/knowledge/articles/{id}/{step:submit|approve|send-back|retire}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam int version,
                @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        try {
            switch (step) {
                case "submit" -> articles.submit(id, version, actor.get());
                case "approve" -> articles.approve(id, version, actor.get());
                case "send-back" -> articles.sendBack(id, version, comment, actor.get());
                default -> articles.retire(id, version, comment.isBlank() ? null : comment, actor.get());
            }
            redirect.addFlashAttribute("flash", Flash.success("knowledge.step.done." + step));
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("flash", Flash.danger(conflict.messageKey(), conflict.args()));
        } catch (InvalidInputException invalid) {
            redirect.addFlashAttribute("flash", Flash.danger(invalid.violations().get(0).message()));
        } catch (AccessDeniedException own) {
            redirect.addFlashAttribute("flash", Flash.danger("knowledge.step.own-article"));
        }
        return "redirect:/knowledge/articles/" + id;
    }

    private String editor(Article article, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("audiences", org.kefu.knowledge.ArticleAudience.values());
        model.addAttribute("categories", KnowledgePages.CATEGORIES);
        if (article != null) {
            model.addAttribute("preview", markdown.toHtml(article.content().body()));
            model.addAttribute("versions", articles.versions(article.id()));
            model.addAttribute("allowed", Articles.allowed(article));
            model.addAttribute("canApprove", actor.get().can(KnowledgePermissions.APPROVE));
            model.addAttribute("wroteIt", actor.get().id().equals(article.editedBy())
                    || actor.get().id().equals(article.submittedBy())
                    || articles.editors(article.id()).contains(actor.get().id()));
        }
        return "knowledge/editor";
    }

    private void reject(InvalidInputException invalid, BindingResult errors) {
        invalid.violations().forEach(v -> {
            String field = "content".equals(v.field()) ? "title" : v.field();
            errors.rejectValue(field, v.code(), text(v.message()));
        });
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
