package org.kefu.survey;

import java.util.List;

import org.kefu.platform.ConflictException;
import org.kefu.platform.InvalidInputException;
import org.kefu.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates as survey managers edit them. A template customers have answered is locked: its questions no
 * longer change (each stored answer keeps meaning what it was asked as); its names and whether it is
 * active still may. To change the questions, create a new template and point the rules at it.
 */
@Service
class SurveyTemplates {

    private final SurveyTemplateStore store;
    private final ApplicationEventPublisher events;

    SurveyTemplates(SurveyTemplateStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<SurveyTemplate> list() {
        return store.all();
    }

    @Transactional(readOnly = true)
    SurveyTemplate find(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("survey-template", id));
    }

    @Transactional
    SurveyTemplate create(TemplateRequest request) {
        request.validate(false);
        if (store.codeTaken(request.code(), -1)) {
            throw new InvalidInputException("code", "taken", "survey.field.code-taken");
        }
        long id = store.insert(request);
        events.publishEvent(new SurveyTemplateChanged(request.code(), "created", 0));
        return find(id);
    }

    @Transactional
    SurveyTemplate update(long id, TemplateRequest request) {
        request.validate(true);
        SurveyTemplate current = store.lock(id).orElseThrow(() -> new NotFoundException("survey-template", id));
        if (current.version() != request.version()) {
            throw new ConflictException("survey.template.changed", current.code())
                    .with("yourVersion", request.version()).with("currentVersion", current.version());
        }
        if (store.codeTaken(request.code(), id)) {
            throw new InvalidInputException("code", "taken", "survey.field.code-taken");
        }
        boolean questionsChanged = !same(current.questions(), request.questions());
        if (questionsChanged && current.locked()) {
            throw new ConflictException("survey.template.locked", current.code()).with("locked", true);
        }
        if (!store.update(id, request.version(), request, questionsChanged)) {
            throw new ConflictException("survey.template.changed", current.code());
        }
        events.publishEvent(new SurveyTemplateChanged(request.code(), "edited", current.version() + 1));
        return find(id);
    }

    /** Only a template nothing refers to (no rule, no invitation) may go; otherwise deactivate it. */
    @Transactional
    void delete(long id, int version) {
        SurveyTemplate current = store.lock(id).orElseThrow(() -> new NotFoundException("survey-template", id));
        if (current.version() != version) {
            throw new ConflictException("survey.template.changed", current.code())
                    .with("yourVersion", version).with("currentVersion", current.version());
        }
        if (store.invited(id)) {
            throw new ConflictException("survey.template.in-use", current.code());
        }
        store.delete(id);
        events.publishEvent(new SurveyTemplateChanged(current.code(), "deleted", version));
    }

    private static boolean same(List<SurveyQuestion> now, List<TemplateRequest.Question> wanted) {
        List<TemplateRequest.Question> asRequested = now.stream().map(q -> new TemplateRequest.Question(
                q.position(), q.type(), q.textZh(), q.textEn(), q.weight(), q.indicator(), q.required())).toList();
        return asRequested.size() == wanted.size() && java.util.stream.IntStream.range(0, wanted.size())
                .allMatch(i -> equal(asRequested.get(i), wanted.get(i)));
    }

    private static boolean equal(TemplateRequest.Question a, TemplateRequest.Question b) {
        return a.position().equals(b.position()) && a.type().equals(b.type())
                && a.textZh().equals(b.textZh().strip()) && a.textEn().equals(b.textEn().strip())
                && (a.weight() == null ? b.weight() == null : b.weight() != null && a.weight().compareTo(b.weight()) == 0)
                && java.util.Objects.equals(a.indicator(), b.indicator())
                && a.required().equals(Boolean.TRUE.equals(b.required()));
    }
}
