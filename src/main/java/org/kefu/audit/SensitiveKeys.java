package org.kefu.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which summary keys name a secret or personal data. Keys are split into words ({@code apiKey},
 * {@code API_KEY} and {@code api-key} are all "api key"). When in doubt we redact: a missing detail in
 * an audit entry costs less than a leaked ID number. Decisions worth knowing:
 * <ul>
 *   <li>{@code key} only as the last word ({@code apiKey}, {@code privateKey}); {@code keyId} stays.</li>
 *   <li>{@code code} alone or after a word that makes it a one-time secret ({@code smsCode},
 *       {@code verificationCode}); {@code unitCode} and {@code errorCode} stay.</li>
 *   <li>{@code name} alone or after a word that makes it a person's ({@code customerName},
 *       {@code fullName}); {@code fileName} and {@code roleName} stay.</li>
 *   <li>anything with {@code card}, {@code account}, {@code mobile}, {@code phone}, {@code email},
 *       {@code address}, {@code birth}, {@code password}, {@code secret}, {@code token},
 *       {@code credential}, an ID number, or their Chinese equivalents.</li>
 * </ul>
 */
final class SensitiveKeys {

    private static final Pattern WORD_BOUNDARY =
            Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[^A-Za-z0-9]+");

    /** Secret or personal wherever they appear in the key, even run together ("accesstoken"). */
    private static final List<String> ANYWHERE = List.of("password", "passwd", "passphrase", "secret", "token",
            "credential", "apikey", "privatekey", "certno", "certificateno",
            "certificatenumber", "passport", "mobile", "phone", "email", "address", "birth", "card", "account",
            "totp", "cvv", "salary", "income");

    /** Secret or personal as a word of their own. */
    private static final Set<String> WORDS = Set.of("pwd", "pin", "otp", "cvc", "cvn", "tel", "fax", "mail",
            "addr", "dob", "ssn", "cookie", "session", "authorization", "signature", "wechat", "qq", "username",
            "fullname", "realname", "firstname", "lastname", "surname", "nickname", "customername");

    private static final Set<String> SECRET_CODE = Set.of("verification", "verify", "sms", "auth", "otp",
            "security", "captcha", "activation", "pin", "access", "recovery", "backup", "reset", "confirmation",
            "login", "one", "time");

    private static final Set<String> PERSON_NAME = Set.of("full", "real", "first", "last", "given", "family",
            "middle", "customer", "contact", "holder", "cardholder", "account", "person", "legal", "nick", "user",
            "display", "client", "maiden", "spouse", "emergency");

    private static final List<String> CHINESE = List.of("密码", "口令", "密钥", "秘钥", "验证码", "令牌", "身份证",
            "证件", "护照", "手机", "电话", "邮箱", "地址", "住址", "出生", "生日", "卡号", "银行卡", "账号", "帐号",
            "账户", "帐户", "姓名", "名字", "收入");

    private SensitiveKeys() {
    }

    static boolean isSensitive(String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        if (CHINESE.stream().anyMatch(key::contains)) {
            return true;
        }
        List<String> words = Arrays.stream(WORD_BOUNDARY.split(key.strip()))
                .filter(word -> !word.isEmpty()).map(word -> word.toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return false;
        }
        String joined = String.join("", words);
        if (ANYWHERE.stream().anyMatch(joined::contains) || words.stream().anyMatch(WORDS::contains)) {
            return true;
        }
        String last = words.get(words.size() - 1);
        String before = words.size() > 1 ? words.get(words.size() - 2) : null;
        return switch (last) {
            case "key" -> true;
            case "code" -> before == null || SECRET_CODE.contains(before);
            case "name", "names" -> before == null || PERSON_NAME.contains(before);
            case "no", "number", "num" -> "id".equals(before);
            default -> false;
        };
    }
}
