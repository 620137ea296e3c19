package org.kefu.knowledge.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kefu.knowledge.ArticleSummary;
import org.kefu.knowledge.Language;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The dialogue's decisions with a stand-in knowledge base and a recording service desk (no Spring). */
class DialogueTest {

    private final RecordingDesk desk = new RecordingDesk();
    private final Dialogue dialogue = new Dialogue(new StandInKnowledge(), new StandInKnowledge(), desk, texts());

    static AssistantTexts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/assistant");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new AssistantTexts(messages);
    }

    static final class RecordingDesk implements ServiceDesk {
        final List<String> calls = new ArrayList<>();
        String statusCase = "KF-20261127-000042";
        String statusMobile = "13912345678";
        boolean limited;

        @Override
        public String reportLostCard(String lastFour, String mobile, String transcript, Language language,
                                     String address, boolean anonymous) {
            calls.add("lost " + lastFour + " " + mobile + " " + transcript);
            return "KF-20261127-000100";
        }

        @Override
        public StatusCheck statusOf(String caseNumber, String mobileLastFour) {
            calls.add("status " + caseNumber + " " + mobileLastFour);
            if (limited) {
                return StatusCheck.TRY_LATER;
            }
            return caseNumber.equals(statusCase) && statusMobile.endsWith(mobileLastFour)
                    ? StatusCheck.found("in_progress") : StatusCheck.NOT_FOUND;
        }

        @Override
        public String handOff(String question, String mobile, String transcript, Language language, String address,
                              boolean anonymous) {
            calls.add("handoff " + question + " " + mobile + " " + transcript);
            return "KF-20261127-000200";
        }
    }

    private Conversation conversation(Language language) {
        return Conversation.start("test", "api", language, Instant.now());
    }

    private Turn say(Conversation c, String text) {
        return dialogue.respond(c, text, () -> "TRANSCRIPT", "127.0.0.1");
    }

    @Test
    void answersWithTheIntentsArticleAndOtherSuggestionsOnly() {
        Conversation c = conversation(Language.EN);
        Turn turn = say(c, "How do I activate my card? Is there a fee?");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.CLARIFY); // two intents hit equally: asks
        turn = say(conversation(Language.EN), "how do I activate my new card");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.ANSWER);
        assertThat(turn.answer().title()).isEqualTo("Activating a new card");
        assertThat(turn.intent()).isEqualTo("card_activation");
        assertThat(turn.handOff()).isFalse();
        assertThat(turn.suggestions()).extracting(ArticleSummary::id).doesNotContain(turn.answer().id());
    }

    @Test
    void outOfScopeOffersAHumanAndAcceptingOpensACaseWithTheTranscript() {
        Conversation c = conversation(Language.ZH);
        Turn turn = say(c, "今天天气怎么样");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.OUT_OF_SCOPE);
        assertThat(turn.answer()).isNull();
        assertThat(turn.handOff()).isTrue();
        assertThat(turn.reply()).contains("工作人员");
        assertThat(turn.options()).containsExactly("是", "否");

        turn = say(c, "是的");
        assertThat(c.step()).isEqualTo(Step.HANDOFF_MOBILE);
        turn = say(c, "12345");
        assertThat(turn.reply()).contains("11位手机号");
        assertThat(desk.calls).isEmpty();
        turn = say(c, "139 1234 5678");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.HANDED_OFF);
        assertThat(turn.caseNumber()).isEqualTo("KF-20261127-000200");
        assertThat(turn.reply()).contains("KF-20261127-000200", "139****5678").doesNotContain("13912345678");
        assertThat(desk.calls).containsExactly("handoff 今天天气怎么样 13912345678 TRANSCRIPT");
        assertThat(c.isHandedOff()).isTrue();
    }

    @Test
    void declinedOfferGoesBackToQuestionsAndAnotherQuestionIsAnswered() {
        Conversation c = conversation(Language.EN);
        say(c, "what is the meaning of life");
        assertThat(say(c, "no").kind()).isEqualTo(Turn.Kind.CANCELLED);
        assertThat(c.step()).isEqualTo(Step.OPEN);
        say(c, "what is the meaning of life");
        Turn turn = say(c, "what are your card limits");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.ANSWER);
        assertThat(desk.calls).isEmpty();
    }

    @Test
    void anIntentWithoutAnArticleForCustomersIsNotAnsweredButHandedOver() {
        Turn turn = say(conversation(Language.EN), "internal things");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.OUT_OF_SCOPE);
        assertThat(turn.answer()).isNull();
    }

    @Test
    void ambiguousAsksWithBothTitlesAndTheNextMessageChooses() {
        for (String choice : List.of("1", "the first", "第一个", "first one", "激活新卡")) {
            Conversation c = conversation(Language.ZH);
            Turn turn = say(c, "激活新卡要收费吗");
            assertThat(turn.kind()).isEqualTo(Turn.Kind.CLARIFY);
            assertThat(turn.reply()).contains("激活新卡", "收费标准");
            assertThat(turn.options()).hasSize(2);
            turn = say(c, choice);
            assertThat(turn.kind()).as(choice).isEqualTo(Turn.Kind.ANSWER);
            assertThat(turn.answer().title()).as(choice).isEqualTo("激活新卡");
        }
        Conversation c = conversation(Language.EN);
        say(c, "activate fee");
        assertThat(say(c, "2").answer().title()).isEqualTo("Fees and charges");
        say(c, "activate fee");
        assertThat(say(c, "the second").answer().title()).isEqualTo("Fees and charges");
    }

    @Test
    void lostCardAsksDigitsMobileAndConfirmationThenOpensTheRequest() {
        Conversation c = conversation(Language.EN);
        Turn turn = say(c, "I lost my card");
        assertThat(turn.intent()).isEqualTo("card_lost");
        assertThat(turn.reply()).contains("last four digits");
        assertThat(say(c, "12a4").reply()).contains("exactly four digits");
        assertThat(say(c, "123456").reply()).contains("exactly four digits");
        assertThat(say(c, "12 34").reply()).contains("ending 1234");
        assertThat(say(c, "call me").reply()).contains("mobile");
        turn = say(c, "13800138000");
        assertThat(turn.reply()).contains("ending 1234", "138****8000");
        assertThat(turn.options()).containsExactly("Yes", "No");
        assertThat(say(c, "maybe").reply()).contains("yes or no");
        assertThat(desk.calls).isEmpty();
        turn = say(c, "Yes");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.CASE_OPENED);
        assertThat(turn.caseNumber()).isEqualTo("KF-20261127-000100");
        assertThat(turn.reply()).contains("KF-20261127-000100");
        assertThat(desk.calls).containsExactly("lost 1234 13800138000 TRANSCRIPT");
        assertThat(c.step()).isEqualTo(Step.OPEN);
        assertThat(c.slots()).isEmpty();
    }

    @Test
    void lostCardInChineseCanBeDeclinedOrCancelled() {
        Conversation c = conversation(Language.ZH);
        say(c, "我的银行卡丢了");
        say(c, "5678");
        say(c, "13800138000");
        assertThat(say(c, "否").reply()).contains("没有冻结");
        say(c, "卡丢了");
        Turn turn = say(c, "取消");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.CANCELLED);
        assertThat(c.step()).isEqualTo(Step.OPEN);
        assertThat(desk.calls).isEmpty();
    }

    @Test
    void complaintStatusNeedsTheMobilesDigitsAndWrongOnesLookLikeNoCase() {
        Conversation c = conversation(Language.EN);
        assertThat(say(c, "where is my complaint").reply()).contains("case number");
        assertThat(say(c, "my case").reply()).contains("looks like KF-");
        assertThat(say(c, "kf-20261127-000042").reply()).contains("last four digits");
        Turn wrongDigits = say(c, "0000");
        say(c, "KF-20261127-999999");
        Turn noCase = say(c, "5678");
        assertThat(wrongDigits.reply()).isEqualTo(noCase.reply()).doesNotContain("KF-");
        say(c, "KF-20261127-000042");
        Turn third = say(c, "1111");
        assertThat(third.kind()).isEqualTo(Turn.Kind.OUT_OF_SCOPE);
        assertThat(third.handOff()).isTrue();

        Conversation right = conversation(Language.ZH);
        say(right, "我的投诉到哪了");
        say(right, "KF-20261127-000042");
        Turn status = say(right, "5678");
        assertThat(status.kind()).isEqualTo(Turn.Kind.STATUS);
        assertThat(status.reply()).isEqualTo("工单 KF-20261127-000042：我们正在处理。");
    }

    @Test
    void aLimitedCaseNumberIsToldToTryLaterNotThatItDoesNotExist() {
        desk.limited = true;
        Conversation c = conversation(Language.EN);
        say(c, "where is my complaint");
        say(c, "KF-20261127-000042");
        Turn later = say(c, "5678");
        assertThat(later.reply()).contains("try again later").doesNotContain("could not find");
        assertThat(c.step()).isEqualTo(Step.OPEN);
        assertThat(c.slots()).isEmpty();
    }

    @Test
    void courtesiesAreAnsweredWithoutAHandOffOffer() {
        Conversation c = conversation(Language.ZH);
        Turn turn = say(c, "谢谢！");
        assertThat(turn.kind()).isEqualTo(Turn.Kind.COURTESY);
        assertThat(turn.handOff()).isFalse();
        assertThat(turn.reply()).contains("不客气");
        assertThat(say(conversation(Language.EN), "Hello").reply()).contains("What can I help you with");
    }

    @Test
    void masksDigitsButKeepsCaseNumbers() {
        assertThat(TranscriptMask.mask("卡号 6222 0212 3456 7890，手机13812345678，尾号1234，工单KF-20261127-000042"))
                .isEqualTo("卡号 ****************，手机***********，尾号****，工单KF-20261127-000042");
        assertThat(TranscriptMask.mask("fee of 300 yuan")).isEqualTo("fee of 300 yuan");
    }

    @Test
    void understandsChoicesAndYesNo() {
        assertThat(List.of("1", "1.", "first", "The first one", "第一个", "第一项", "①").stream()
                .map(CustomerWords::choice)).containsOnly(0);
        assertThat(List.of("2", "second", "the second", "第二个", "二").stream().map(CustomerWords::choice))
                .containsOnly(1);
        assertThat(CustomerWords.choice("3")).isEqualTo(-1);
        assertThat(CustomerWords.isYes("是的！")).isTrue();
        assertThat(CustomerWords.isYes("Yes.")).isTrue();
        assertThat(CustomerWords.isNo("不用了")).isTrue();
        assertThat(CustomerWords.isCancel("取消")).isTrue();
        assertThat(CustomerWords.isCancel("Cancel")).isTrue();
        assertThat(CustomerWords.languageOf("I lost my card", Language.ZH)).isEqualTo(Language.EN);
        assertThat(CustomerWords.languageOf("ATM吞卡了", Language.EN)).isEqualTo(Language.ZH);
        assertThat(CustomerWords.languageOf("1234", Language.EN)).isEqualTo(Language.EN);
    }
}
