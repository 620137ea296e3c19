package org.kefu.knowledge.assistant;

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

    CasesServiceDesk(ChatCases chat, PortalCases portal, AssistantTexts texts, AssistantRateLimits limits) {
        this.chat = chat;
        this.portal = portal;
        this.texts = texts;
        this.limits = limits;
    }

    @Override
    public String reportLostCard(String lastFour, String mobile, String transcript, Language language,
                                 String address) {
        return chat.open(new ChatCases.Request("service_request", "cards.lost",
                texts.say(language, "assistant.case.card-subject", lastFour),
                texts.say(language, "assistant.case.card-description", lastFour, transcript), true,
                texts.say(language, "assistant.case.contact-name"), mobile), address);
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
    public String handOff(String question, String mobile, String transcript, Language language, String address) {
        String subject = TranscriptMask.mask(question == null ? "" : question.strip());
        if (subject.length() > SUBJECT_MAX) {
            subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
        }
        return chat.open(new ChatCases.Request("consultation", null,
                texts.say(language, "assistant.case.handoff-subject", subject),
                texts.say(language, "assistant.case.handoff-description", transcript), false,
                texts.say(language, "assistant.case.contact-name"), mobile), address);
    }
}
