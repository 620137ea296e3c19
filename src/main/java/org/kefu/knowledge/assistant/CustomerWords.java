package org.kefu.knowledge.assistant;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kefu.knowledge.Language;

/** How customers say yes, no, cancel, "the first one", a card's last four digits, a mobile or a case number. */
final class CustomerWords {

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "ok", "okay", "sure", "confirm",
            "please do", "do it", "是", "是的", "好", "好的", "确认", "确定", "对", "要", "可以", "嗯", "冻结");
    private static final Set<String> NO = Set.of("no", "n", "nope", "not now", "don't", "do not", "否", "不",
            "不是", "不用", "不要", "不用了", "先不", "不需要");
    private static final Set<String> CANCEL = Set.of("cancel", "stop", "quit", "never mind", "nevermind",
            "取消", "算了", "退出", "不办了");
    private static final Set<String> THANKS = Set.of("thanks", "thank you", "thx", "thank you very much", "great thanks",
            "ok thanks", "谢谢", "谢谢你", "多谢", "好的谢谢", "好的 谢谢", "感谢", "非常感谢");
    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "good morning", "good afternoon",
            "你好", "您好", "在吗", "哈喽", "早上好", "下午好");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\s。，！？、；：“”‘’（）…]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern CASE_NUMBER = Pattern.compile("KF-\\d{8}-\\d{6}", Pattern.CASE_INSENSITIVE);

    private CustomerWords() {
    }

    /**
     * NFKC: full-width digits and letters (１２３４ or ＫＦ－…), as Chinese input methods type them, become the
     * ASCII ones every pattern here expects.
     */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    static String plain(String text) {
        return PUNCTUATION.matcher(normal(text).strip().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static boolean isYes(String text) {
        return YES.contains(plain(text));
    }

    static boolean isNo(String text) {
        return NO.contains(plain(text));
    }

    static boolean isThanks(String text) {
        return THANKS.contains(plain(text));
    }

    static boolean isGreeting(String text) {
        return GREETINGS.contains(plain(text));
    }

    static boolean isCancel(String text) {
        return CANCEL.contains(plain(text));
    }

    /** 0 or 1 for "1", "the first", "第一个", "second", "2." …; -1 when it is not such an answer. */
    static int choice(String text) {
        String t = plain(text).replaceFirst("^(the|option|选|选择)\\s*", "").replace(" one", "").replace("个", "")
                .replace("项", "").replace("条", "").strip();
        return switch (t) {
            case "1", "first", "one", "第一", "一", "第1", "①" -> 0;
            case "2", "second", "two", "第二", "二", "第2", "②" -> 1;
            default -> -1;
        };
    }

    /**
     * The language a question is written in, for the classifier: Chinese if it has Han characters, English
     * if it has Latin letters and none; else (digits, emoji) the conversation's.
     */
    static Language languageOf(String text, Language conversation) {
        boolean latin = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return Language.ZH;
            }
            latin |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            i += Character.charCount(cp);
        }
        return latin ? Language.EN : conversation;
    }

    /** Exactly four digits (spaces allowed), or null. */
    static String lastFour(String text) {
        String digits = SEPARATORS.matcher(normal(text).strip()).replaceAll("");
        return digits.matches("\\d{4}") ? digits : null;
    }

    /** A mainland mobile number as typed ("138 0013 8000", "138-0013-8000"), or null. */
    static String mobile(String text) {
        String digits = SEPARATORS.matcher(normal(text).strip()).replaceAll("");
        return MOBILE.matcher(digits).matches() ? digits : null;
    }

    /** The first case number in the text, upper-cased, or null. */
    static String caseNumber(String text) {
        Matcher m = CASE_NUMBER.matcher(normal(text));
        return m.find() ? m.group().toUpperCase(Locale.ROOT) : null;
    }
}
