package org.kefu.knowledge.assistant;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.kefu.knowledge.ArticleSummary;
import org.kefu.knowledge.Audience;
import org.kefu.knowledge.IntentClassifier;
import org.kefu.knowledge.IntentPrediction;
import org.kefu.knowledge.KnowledgeSearch;
import org.kefu.knowledge.Language;
import org.kefu.knowledge.ScoredIntent;
import org.kefu.platform.PersonalDataMask;

/**
 * One turn of the conversation: a running flow takes the message as the answer it waits for (unless the
 * customer cancels); otherwise the message is classified and answered with the intent's article, a
 * clarifying question when two intents are close, or an honest "I don't know" with a human offered — never
 * an article the classifier is not sure of.
 */
@org.springframework.stereotype.Component
class Dialogue {

    static final String CARD_LOST = "card_lost";
    static final String COMPLAINT_STATUS = "complaint_status";
    /** Wrong case number or digits this many times and the flow gives up and offers a human. */
    static final int STATUS_ATTEMPTS = 3;

    private final IntentClassifier classifier;
    private final KnowledgeSearch search;
    private final ServiceDesk desk;
    private final AssistantTexts texts;

    Dialogue(IntentClassifier classifier, KnowledgeSearch search, ServiceDesk desk, AssistantTexts texts) {
        this.classifier = classifier;
        this.search = search;
        this.desk = desk;
        this.texts = texts;
    }

    /** {@code transcript} gives the conversation so far (masked), for a case that is opened. */
    Turn respond(Conversation c, String text, Supplier<String> transcript, String address) {
        Language lang = c.language();
        if (c.step() != Step.OPEN && CustomerWords.isCancel(text)) {
            c.reset();
            return new Turn(Turn.Kind.CANCELLED, texts.say(lang, "assistant.cancelled"), null, List.of(), null, 0,
                    List.of(), false, null);
        }
        return switch (c.step()) {
            case OPEN, HANDED_OFF -> understand(c, text);
            case CLARIFY -> clarified(c, text);
            case CARD_DIGITS, CARD_MOBILE, CARD_CONFIRM -> new LostCardFlow(c, text, transcript, address).next();
            case STATUS_NUMBER, STATUS_DIGITS -> statusFlow(c, text);
            case HANDOFF_OFFERED -> handOffAnswer(c, text);
            case HANDOFF_MOBILE -> handOffMobile(c, text, transcript, address);
        };
    }

    private Turn understand(Conversation c, String text) {
        c.reset();
        if (CustomerWords.isThanks(text) || CustomerWords.isGreeting(text)) {
            // Courtesies are not questions: no classification, no hand-off offer.
            return new Turn(Turn.Kind.COURTESY, texts.say(c.language(), CustomerWords.isThanks(text)
                    ? "assistant.welcome" : "assistant.hello"), null, List.of(), null, 0, List.of(), false, null);
        }
        // Classified in the language it is written in; answered in the conversation's (the page's) language.
        IntentPrediction prediction = classifier.classify(text, CustomerWords.languageOf(text, c.language()));
        Optional<ScoredIntent> top = prediction.top();
        if (prediction.outOfScope() || top.isEmpty()) {
            return offerHuman(c, "assistant.out-of-scope", top.map(ScoredIntent::confidence).orElse(0.0), text);
        }
        if (prediction.ambiguous() && prediction.ranked().size() > 1) {
            ScoredIntent second = prediction.ranked().get(1);
            Optional<ArticleSummary> first = article(top.get().intent(), c.language());
            Optional<ArticleSummary> other = article(second.intent(), c.language());
            if (first.isPresent() && other.isPresent()) {
                c.moveTo(Step.CLARIFY);
                c.put("option.0", top.get().intent());
                c.put("option.1", second.intent());
                c.put("title.0", first.get().title());
                c.put("title.1", other.get().title());
                c.put("question", text);
                return new Turn(Turn.Kind.CLARIFY, texts.say(c.language(), "assistant.clarify",
                        first.get().title(), other.get().title()), null,
                        List.of(first.get().title(), other.get().title()), null, top.get().confidence(), List.of(),
                        false, null);
            }
            return offerHuman(c, "assistant.out-of-scope", top.get().confidence(), text);
        }
        return answer(c, top.get().intent(), top.get().confidence(), text);
    }

    private Turn clarified(Conversation c, String text) {
        int choice = CustomerWords.choice(text);
        String typed = CustomerWords.plain(text);
        for (int i = 0; i < 2 && choice < 0; i++) {
            String title = c.slot("title." + i);
            if (title != null && !typed.isEmpty() && CustomerWords.plain(title).contains(typed)) {
                choice = i;
            }
        }
        if (choice < 0) {
            return understand(c, text);
        }
        String intent = c.slot("option." + choice);
        String question = c.slot("question");
        c.reset();
        return answer(c, intent, 1.0, question);
    }

    /** The intent is known well enough: start its flow, or answer with its article (customers' version). */
    private Turn answer(Conversation c, String intent, double confidence, String text) {
        Language lang = c.language();
        if (CARD_LOST.equals(intent)) {
            c.moveTo(Step.CARD_DIGITS);
            return new Turn(Turn.Kind.FLOW, texts.say(lang, "assistant.card.ask-digits"), null, List.of(), intent,
                    confidence, suggestions(text, lang, null), false, null);
        }
        if (COMPLAINT_STATUS.equals(intent)) {
            c.moveTo(Step.STATUS_NUMBER);
            return new Turn(Turn.Kind.FLOW, texts.say(lang, "assistant.status.ask-number"), null, List.of(), intent,
                    confidence, List.of(), false, null);
        }
        Optional<ArticleSummary> article = article(intent, lang);
        if (article.isEmpty()) {
            // Nothing published for customers carries the intent: better a human than a guess.
            return offerHuman(c, "assistant.out-of-scope", confidence, text);
        }
        return new Turn(Turn.Kind.ANSWER, texts.say(lang, "assistant.answer", article.get().title()), article.get(),
                List.of(), intent, confidence, suggestions(text, lang, article.get().id()), false, null);
    }

    private Turn statusFlow(Conversation c, String text) {
        Language lang = c.language();
        if (c.step() == Step.STATUS_NUMBER) {
            String number = CustomerWords.caseNumber(text);
            if (number == null) {
                return Turn.flow(texts.say(lang, "assistant.status.number-invalid"), COMPLAINT_STATUS);
            }
            c.put("case", number);
            c.moveTo(Step.STATUS_DIGITS);
            return Turn.flow(texts.say(lang, "assistant.status.ask-digits"), COMPLAINT_STATUS);
        }
        String digits = CustomerWords.lastFour(text);
        if (digits == null) {
            return Turn.flow(texts.say(lang, "assistant.status.digits-invalid"), COMPLAINT_STATUS);
        }
        String number = c.slot("case");
        ServiceDesk.StatusCheck check = desk.statusOf(number, digits);
        if (check.tryLater()) {
            c.reset();
            return Turn.flow(texts.say(lang, "assistant.status.try-later"), COMPLAINT_STATUS);
        }
        Optional<String> status = check.found();
        if (status.isEmpty()) {
            // The same words whether the case does not exist or the digits are wrong: no oracle.
            if (c.failed() >= STATUS_ATTEMPTS) {
                return offerHuman(c, "assistant.status.give-up", 0, texts.say(lang, "assistant.case.status-subject"));
            }
            c.forget("case");
            c.moveTo(Step.STATUS_NUMBER);
            return Turn.flow(texts.say(lang, "assistant.status.not-found"), COMPLAINT_STATUS);
        }
        c.reset();
        return new Turn(Turn.Kind.STATUS, texts.say(lang, "assistant.status.is", number,
                texts.status(lang, status.get())), null, List.of(), COMPLAINT_STATUS, 1.0, List.of(), false, null);
    }

    private Turn handOffAnswer(Conversation c, String text) {
        if (CustomerWords.isYes(text)) {
            c.moveTo(Step.HANDOFF_MOBILE);
            return new Turn(Turn.Kind.FLOW, texts.say(c.language(), "assistant.handoff.ask-mobile"), null, List.of(),
                    null, 0, List.of(), true, null);
        }
        if (CustomerWords.isNo(text)) {
            c.reset();
            return new Turn(Turn.Kind.CANCELLED, texts.say(c.language(), "assistant.handoff.declined"), null,
                    List.of(), null, 0, List.of(), false, null);
        }
        return understand(c, text);
    }

    private Turn handOffMobile(Conversation c, String text, Supplier<String> transcript, String address) {
        String mobile = CustomerWords.mobile(text);
        if (mobile == null) {
            return new Turn(Turn.Kind.FLOW, texts.say(c.language(), "assistant.mobile-invalid"), null, List.of(),
                    null, 0, List.of(), true, null);
        }
        String number;
        try {
            number = desk.handOff(c.slot("question"), mobile, transcript.get(), c.language(), address,
                    anonymous(c));
        } catch (ServiceDesk.TooManyCases limited) {
            c.reset();
            return new Turn(Turn.Kind.CANCELLED, texts.say(c.language(), "assistant.case.too-many"), null,
                    List.of(), null, 0, List.of(), false, null);
        }
        c.handedOff(number);
        return new Turn(Turn.Kind.HANDED_OFF, texts.say(c.language(), "assistant.handoff.done", number,
                PersonalDataMask.mobile(mobile)), null, List.of(), null, 0, List.of(), true, number);
    }

    /** Portal visitors are anonymous; API callers are channel systems with a key, accountable for their users. */
    private static boolean anonymous(Conversation c) {
        return "portal".equals(c.channel());
    }

    /** {@code question} becomes the subject of the case if the customer accepts (masked there). */
    Turn offerHuman(Conversation c, String key, double confidence, String question) {
        c.reset();
        c.moveTo(Step.HANDOFF_OFFERED);
        c.put("question", question);
        Language lang = c.language();
        return new Turn(Turn.Kind.OUT_OF_SCOPE, texts.say(lang, key), null,
                List.of(texts.say(lang, "assistant.yes"), texts.say(lang, "assistant.no")), null, confidence,
                List.of(), true, null);
    }

    private Optional<ArticleSummary> article(String intent, Language language) {
        return search.forIntent(intent, language, Audience.CUSTOMER);
    }

    /** Searched in the language the words are in, so a question typed in the other language still finds some. */
    List<ArticleSummary> suggestions(String text, Language language, Long except) {
        return search.search(text, CustomerWords.languageOf(text, language), Audience.CUSTOMER, 4).stream()
                .filter(a -> except == null || a.id() != except).limit(3).toList();
    }

    /** Lost card: which card → where to reach the customer → freeze? → a P1 service request. */
    private final class LostCardFlow {
        private final Conversation c;
        private final String text;
        private final Supplier<String> transcript;
        private final String address;

        LostCardFlow(Conversation c, String text, Supplier<String> transcript, String address) {
            this.c = c;
            this.text = text;
            this.transcript = transcript;
            this.address = address;
        }

        Turn next() {
            Language lang = c.language();
            switch (c.step()) {
                case CARD_DIGITS -> {
                    String digits = CustomerWords.lastFour(text);
                    if (digits == null) {
                        return Turn.flow(texts.say(lang, "assistant.card.digits-invalid"), CARD_LOST);
                    }
                    c.put("card", digits);
                    c.moveTo(Step.CARD_MOBILE);
                    return Turn.flow(texts.say(lang, "assistant.card.ask-mobile", digits), CARD_LOST);
                }
                case CARD_MOBILE -> {
                    String mobile = CustomerWords.mobile(text);
                    if (mobile == null) {
                        return Turn.flow(texts.say(lang, "assistant.mobile-invalid"), CARD_LOST);
                    }
                    c.put("mobile", mobile);
                    c.moveTo(Step.CARD_CONFIRM);
                    return new Turn(Turn.Kind.FLOW, texts.say(lang, "assistant.card.confirm", c.slot("card"),
                            PersonalDataMask.mobile(mobile)), null,
                            List.of(texts.say(lang, "assistant.yes"), texts.say(lang, "assistant.no")), CARD_LOST, 0,
                            List.of(), false, null);
                }
                default -> {
                    if (CustomerWords.isNo(text)) {
                        c.reset();
                        return new Turn(Turn.Kind.CANCELLED, texts.say(lang, "assistant.card.not-frozen"), null,
                                List.of(), CARD_LOST, 0, List.of(), false, null);
                    }
                    if (!CustomerWords.isYes(text)) {
                        return Turn.flow(texts.say(lang, "assistant.yes-or-no"), CARD_LOST);
                    }
                    String number;
                    try {
                        number = desk.reportLostCard(c.slot("card"), c.slot("mobile"), transcript.get(), lang,
                                address, anonymous(c));
                    } catch (ServiceDesk.TooManyCases limited) {
                        c.reset();
                        return new Turn(Turn.Kind.CANCELLED, texts.say(lang, "assistant.case.too-many"), null,
                                List.of(), CARD_LOST, 0, List.of(), false, null);
                    }
                    c.reset();
                    return new Turn(Turn.Kind.CASE_OPENED, texts.say(lang, "assistant.card.done", number), null,
                            List.of(), CARD_LOST, 1.0, List.of(), false, number);
                }
            }
        }
    }
}
