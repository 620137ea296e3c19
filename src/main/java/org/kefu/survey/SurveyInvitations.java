package org.kefu.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.kefu.cases.CaseResolved;
import org.kefu.cases.FollowUpCases;
import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.kefu.platform.Actor;
import org.kefu.platform.ConflictException;
import org.kefu.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites the customer of a resolved case to the survey its rule names, through the channel they can be
 * reached on: the contact's e-mail (a link), else their mobile (an SMS link), else nothing is sent and the
 * invitation is recorded as "portal" (counted as sent, shown nowhere yet). One invitation per case: a case
 * resolved again after reopening is not asked twice. Staff may resend a few times; each resend revokes the
 * previous link.
 */
@Service
class SurveyInvitations {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FollowUpCases cases;
    private final SurveyRules rules;
    private final SurveyInvitationStore store;
    private final SurveyTokens tokens;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final SurveyProperties properties;
    private final Clock clock;
    private final String baseUrl;

    SurveyInvitations(FollowUpCases cases, SurveyRules rules, SurveyInvitationStore store, SurveyTokens tokens,
                      Notifications notifications, ApplicationEventPublisher events, SurveyProperties properties,
                      Clock clock, @Value("${kefu.portal.base-url}") String baseUrl) {
        this.cases = cases;
        this.rules = rules;
        this.store = store;
        this.tokens = tokens;
        this.notifications = notifications;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** After the resolution committed, in a transaction of its own; retried from the registry if it fails. */
    @ApplicationModuleListener
    void on(CaseResolved resolved) {
        invite(resolved.number());
    }

    /** True if an invitation was recorded now. */
    @Transactional
    boolean invite(String caseNumber) {
        Optional<FollowUpCases.Facts> facts = cases.facts(caseNumber);
        Optional<Long> template = facts.flatMap(f -> rules.templateFor(f.kind(), f.channel()));
        if (template.isEmpty()) {
            return false;
        }
        FollowUpCases.Facts f = facts.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<FollowUpCases.Contact> contact = cases.contactOf(caseNumber);
        String via = via(contact);
        String token = tokens.next();
        SurveyInvitation invitation = new SurveyInvitation(0, f.id(), f.number(), f.kind(), f.channel(), f.unitId(),
                f.owner(), template.get(), store.localeOf(f.id()), via, now.plus(properties.validFor()), null, 0);
        if (!store.insert(invitation, tokens.hash(token), now)) {
            return false;
        }
        send(invitation, contact, via, token);
        events.publishEvent(new SurveyInvitationSent(caseNumber, via, 0));
        return true;
    }

    /** A new link for a case in the actor's scope whose survey is not answered yet. */
    @Transactional
    void resend(String caseNumber, Actor actor) {
        cases.facts(caseNumber).filter(f -> actor.scope().includes(f.unitId()))
                .orElseThrow(() -> new NotFoundException("case", caseNumber));
        SurveyInvitation current = store.lockByCase(caseNumber)
                .orElseThrow(() -> new NotFoundException("survey-invitation", caseNumber));
        if (current.usedAt() != null) {
            throw new ConflictException("survey.invitation.answered", caseNumber);
        }
        if (current.resends() >= properties.maxResends()) {
            throw new ConflictException("survey.invitation.max-resends", caseNumber, properties.maxResends())
                    .with("maxResends", properties.maxResends());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<FollowUpCases.Contact> contact = cases.contactOf(caseNumber);
        String via = via(contact);
        String token = tokens.next();
        Instant expiresAt = now.plus(properties.validFor());
        store.replaceToken(current.id(), tokens.hash(token), via, expiresAt, now);
        send(new SurveyInvitation(current.id(), current.caseId(), caseNumber, current.caseKind(),
                current.caseChannel(), current.unitId(), current.agent(), current.templateId(), current.locale(), via,
                expiresAt, null, current.resends() + 1), contact, via, token);
        events.publishEvent(new SurveyInvitationSent(caseNumber, via, current.resends() + 1));
    }

    private static String via(Optional<FollowUpCases.Contact> contact) {
        if (contact.map(FollowUpCases.Contact::email).isPresent()) {
            return "email";
        }
        return contact.map(FollowUpCases.Contact::mobile).isPresent() ? "sms" : "portal";
    }

    private void send(SurveyInvitation invitation, Optional<FollowUpCases.Contact> contact, String via,
                      String token) {
        Map<String, String> variables = Map.of("caseNumber", invitation.caseNumber(),
                "link", baseUrl + "/portal/survey/" + token,
                "validUntil", UNTIL.format(invitation.expiresAt().atZone(CHINA)));
        java.util.Locale locale = "en".equals(invitation.locale()) ? Notification.ENGLISH : Notification.CHINESE;
        // Correlated apart from the case's own messages: the survey is not a step of the case.
        String correlation = "survey:" + invitation.caseNumber();
        switch (via) {
            case "email" -> notifications.queue(new Notification(NotificationChannel.EMAIL,
                    contact.orElseThrow().email(), NotificationTemplate.SURVEY_INVITATION, locale, variables,
                    correlation));
            case "sms" -> notifications.queue(new Notification(NotificationChannel.SMS,
                    contact.orElseThrow().mobile(), NotificationTemplate.SURVEY_INVITATION, locale, variables,
                    correlation));
            default -> {
                // Nobody to send to: the invitation is recorded; the portal shows nothing yet.
            }
        }
    }
}
