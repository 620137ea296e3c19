package org.kefu.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of an invitation: what the link shows, and storing the answers once. The invitation row
 * is locked while answering, so two submissions of one link (a double click, two tabs) give one response;
 * the second finds the link used. Nothing is written for an unknown, used or expired link or invalid answers.
 */
@Service
class SurveyResponses {

    /** What a link leads to now. */
    sealed interface Outcome {
    }

    record Unknown() implements Outcome {
    }

    /** {@code reason}: used|expired. */
    record Gone(String reason, SurveyInvitation invitation) implements Outcome {
    }

    record Open(SurveyInvitation invitation, SurveyTemplate template) implements Outcome {
    }

    /** Answers that cannot be stored: the message key of each offending question ({@code q<position>}). */
    record Invalid(SurveyInvitation invitation, SurveyTemplate template, Map<String, String> errors)
            implements Outcome {
    }

    record Answered(long responseId) implements Outcome {
    }

    private final SurveyInvitationStore invitations;
    private final SurveyTemplateStore templates;
    private final SurveyTokens tokens;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyResponses(SurveyInvitationStore invitations, SurveyTemplateStore templates, SurveyTokens tokens,
                    JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.templates = templates;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Outcome open(String token) {
        return check(Optional.ofNullable(tokens.hash(token)).flatMap(invitations::byToken));
    }

    @Transactional
    Outcome answer(String token, Map<String, String> values) {
        Outcome state = check(Optional.ofNullable(tokens.hash(token)).flatMap(invitations::lockByToken));
        if (!(state instanceof Open locked)) {
            return state;
        }
        // The questions must not change under the answers (an edit takes this row for update).
        templates.lockShared(locked.invitation().templateId());
        Open open = (Open) check(invitations.byToken(tokens.hash(token)));
        Map<String, String> errors = new LinkedHashMap<>();
        Map<SurveyQuestion, String> given = new LinkedHashMap<>();
        for (SurveyQuestion q : open.template().questions()) {
            String name = "q" + q.position();
            String value = values.get(name) == null || values.get(name).isBlank() ? null : values.get(name).strip();
            if (value == null) {
                if (q.required()) {
                    errors.put(name, "survey.answer.required");
                }
            } else if (q.scored() ? !q.values().stream().map(String::valueOf).toList().contains(value)
                    : value.length() > 2000) {
                errors.put(name, q.scored() ? "survey.answer.range" : "survey.answer.size");
            } else {
                given.put(q, value);
            }
        }
        if (!errors.isEmpty()) {
            return new Invalid(open.invitation(), open.template(), errors);
        }
        Instant now = clock.instant();
        SurveyInvitation i = open.invitation();
        long id = jdbc.sql("insert into survey_response (invitation_id, case_id, template_id, locale, submitted_at)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(i.id(), i.caseId(), i.templateId(), i.locale(), Timestamp.from(now)).query(Long.class).single();
        given.forEach((q, value) -> jdbc.sql("insert into survey_answer (response_id, question_id, score, text)"
                        + " values (?, ?, ?, ?)")
                .params(id, q.id(), q.scored() ? Integer.valueOf(value) : null, q.scored() ? null : value).update());
        invitations.markUsed(i.id(), now);
        events.publishEvent(new SurveyAnswered(id, i.caseNumber()));
        return new Answered(id);
    }

    private Outcome check(Optional<SurveyInvitation> found) {
        if (found.isEmpty()) {
            return new Unknown();
        }
        SurveyInvitation i = found.get();
        if (i.usedAt() != null) {
            return new Gone("used", i);
        }
        if (i.expired(clock.instant())) {
            return new Gone("expired", i);
        }
        return new Open(i, templates.find(i.templateId()).orElseThrow());
    }
}
