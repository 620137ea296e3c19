package org.kefu.knowledge.assistant;

import java.time.Clock;
import java.util.Optional;

import org.kefu.cases.ChatCases;
import org.kefu.cases.PortalCases;
import org.kefu.knowledge.Language;
import org.springframework.stereotype.Component;

/**
 * The service desk behind the assistant is the cases module: lost cards and hand-offs become cases of the
 * online-chat channel ({@link ChatCases}), and a case's status is read as the portal reads it
 * ({@link PortalCases}) — after checking the digits against the mobile registered on the case.
 */
@Component
class CasesServiceDesk implements ServiceDesk {

    private static final int SUBJECT_MAX = 100;

    private final ChatCases chat;
    private final PortalCases portal;
    private final AssistantTexts texts;
    private final AssistantRateLimits limits;
    private final RecentCases recent;

    CasesServiceDesk(ChatCases chat, PortalCases portal, AssistantTexts texts, AssistantRateLimits limits,
                     AssistantProperties properties, Clock clock) {
        this.chat = chat;
        this.portal = portal;
        this.texts = texts;
        this.limits = limits;
        this.recent = new RecentCases(AssistantRateLimits.MAX_TRACKED, properties.repeatedCaseWindow(), clock);
    }

    @Override
    public String reportLostCard(String lastFour, String mobile, String transcript, Language language,
                                 String address, boolean anonymous) {
        // The same card and mobile again within the window is the case already open: no second P1, no second SMS.
        String request = lastFour + "/" + mobile;
        Optional<String> open = recent.find(request);
        if (open.isPresent()) {
            return open.get();
        }
        mayOpen(address, anonymous);
        String number = chat.open(new ChatCases.Request("service_request", "cards.lost",
                texts.say(language, "assistant.case.card-subject", lastFour),
                unverified(language, anonymous)
                        + texts.say(language, "assistant.case.card-description", lastFour, transcript), true,
                texts.say(language, "assistant.case.contact-name"), mobile), address);
        recent.remember(request, number);
        return number;
    }

    /** Agents must know that nobody checked who the portal visitor is before they act on an account. */
    private String unverified(Language language, boolean anonymous) {
        return anonymous ? texts.say(language, "assistant.case.unverified") + "\n\n" : "";
    }

    /** Anyone may talk to the portal widget: each address opens only so many cases an hour. */
    private void mayOpen(String address, boolean anonymous) {
        if (anonymous && !limits.mayOpenCase(address)) {
            throw new TooManyCases();
        }
    }

    @Override
    public StatusCheck statusOf(String caseNumber, String mobileLastFour) {
        // A few failed checks per case number an hour, whoever asks: four digits are only 10,000 guesses.
        if (!limits.mayCheckStatus(caseNumber)) {
            return StatusCheck.TRY_LATER;
        }
        boolean theirs = portal.contactsOf(caseNumber).map(PortalCases.Contacts::mobile)
                .filter(m -> m.endsWith(mobileLastFour)).isPresent();
        Optional<String> status = theirs ? portal.publicView(caseNumber).map(PortalCases.PublicView::status)
                : Optional.empty();
        if (status.isEmpty()) {
            return StatusCheck.NOT_FOUND;
        }
        limits.statusFound(caseNumber);
        return StatusCheck.found(status.get());
    }

    @Override
    public String handOff(String question, String mobile, String transcript, Language language, String address,
                          boolean anonymous) {
        mayOpen(address, anonymous);
        String subject = TranscriptMask.mask(question == null ? "" : question.strip());
        if (subject.length() > SUBJECT_MAX) {
            subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
        }
        return chat.open(new ChatCases.Request("consultation", null,
                texts.say(language, "assistant.case.handoff-subject", subject),
                unverified(language, anonymous)
                        + texts.say(language, "assistant.case.handoff-description", transcript), false,
                texts.say(language, "assistant.case.contact-name"), mobile), address);
    }
}
