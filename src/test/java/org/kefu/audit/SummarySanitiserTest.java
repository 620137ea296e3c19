package org.kefu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail must not become a copy of secrets and customers' personal data, nor grow without bound. */
class SummarySanitiserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"password", "newPassword", "PASSWORD_HASH", "secret", "clientSecret", "token", "accessToken",
            "refresh_token", "apiKey", "API_KEY", "x-api-key", "privateKey", "key", "totp", "otp", "otpCode", "smsCode",
            "verificationCode", "code", "credential", "credentials", "pin", "cvv", "idNumber", "id_number", "IDNumber",
            "idNo", "idCardNumber", "passport", "mobile", "mobileNo", "phone", "phoneNumber", "telephone", "tel",
            "email", "emailAddress", "mail", "address", "homeAddress", "birthDate", "dateOfBirth", "birthday", "dob",
            "card", "cardNo", "bankCardNumber", "account", "accountNo", "accountNumber", "name", "customerName",
            "fullName", "realName", "userName", "username", "contactName", "sessionId", "密码", "身份证号",
            "手机号码", "客户姓名", "家庭住址", "银行卡号", "账号", "出生日期", "短信验证码"})
    void keysThatNameSecretsOrPersonalDataAreRedacted(String key) {
        assertThat(SensitiveKeys.isSensitive(key)).as(key).isTrue();
        assertThat(SummarySanitiser.toJson(Map.of(key, "value"))).isEqualTo("{\"" + key + "\":\"[redacted]\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"targetKeyId", "keyId", "batchSize", "status", "caseId", "unitCode", "errorCode",
            "productCode", "fileName", "roleName", "unitName", "entityType", "channel", "priority", "count",
            "fields", "reasonCategory", "from", "to", "actor", "rows", "级别"})
    void harmlessKeysAreKept(String key) {
        assertThat(SensitiveKeys.isSensitive(key)).as(key).isFalse();
        assertThat(SummarySanitiser.toJson(Map.of(key, "value"))).isEqualTo("{\"" + key + "\":\"value\"}");
    }

    @Test
    void redactsAtEveryDepthAndWholeValuesUnderSensitiveKeys() {
        Map<String, Object> summary = Map.of(
                "customer", Map.of("id", 7, "name", "张三", "contact", Map.of("mobile", "13800138000", "channel", "wechat")),
                "changes", List.of(Map.of("field", "address", "to", Map.of("address", "北京市朝阳区"))),
                "credentials", Map.of("user", "u1", "secret", "s"));

        assertThat(SummarySanitiser.toJson(summary)).isEqualTo("{\"changes\":[{\"field\":\"address\","
                + "\"to\":{\"address\":\"[redacted]\"}}],\"credentials\":\"[redacted]\",\"customer\":{\"contact\":"
                + "{\"channel\":\"wechat\",\"mobile\":\"[redacted]\"},\"id\":7,\"name\":\"[redacted]\"}}");
    }

    @Test
    void personalDataInTextIsRedactedWhateverItsKey() {
        String json = SummarySanitiser.toJson(Map.of("note", "客户 13800138000 / 138-0013-8000 身份证 11010119900307123X"
                + " 邮箱 zhang.san@example.com 卡 6222 0212 3456 7890 123 账户 6217000010001234567，工单 42"));
        assertThat(json).doesNotContain("13800138000", "0013", "11010119900307123X", "zhang.san", "6222", "6217000010001234567")
                .contains("工单 42").contains("[redacted]");
        assertThat(SummarySanitiser.scrub("回拨 +86 139 1234 5678 即可", 100)).isEqualTo("回拨 [redacted] 即可");
    }

    @Test
    void recordsAreReadByTheirComponentNamesSoTheirPersonalFieldsAreCaught() {
        record Contact(String name, String mobile, String channel) {
        }
        assertThat(SummarySanitiser.toJson(Map.of("contact", new Contact("李四", "13912345678", "phone"))))
                .isEqualTo("{\"contact\":{\"channel\":\"phone\",\"mobile\":\"[redacted]\",\"name\":\"[redacted]\"}}");
    }

    @Test
    void valuesKeepTheirTypesWhereJsonHasThem() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", 3);
        summary.put("ratio", 0.5);
        summary.put("urgent", true);
        summary.put("missing", null);
        summary.put("status", java.time.DayOfWeek.MONDAY);
        summary.put("day", LocalDate.of(2026, 11, 27));
        summary.put("ids", new long[] {1, 2});
        summary.put("blob", new byte[] {1, 2, 3});
        summary.put("nan", Double.NaN);
        assertThat(SummarySanitiser.toJson(summary)).isEqualTo("{\"blob\":\"[binary]\",\"count\":3,\"day\":\"2026-11-27\","
                + "\"ids\":[1,2],\"missing\":null,\"nan\":\"NaN\",\"ratio\":0.5,\"status\":\"MONDAY\",\"urgent\":true}");
    }

    @Test
    void longTextIsTruncatedAndTheWholeSummaryStaysBounded() {
        String json = SummarySanitiser.toJson(Map.of("comment", "长".repeat(1000)));
        assertThat(JSON.readTree(json).get("comment").asString()).hasSize(SummarySanitiser.MAX_TEXT).endsWith("…");

        Map<String, Object> huge = new LinkedHashMap<>();
        IntStream.range(0, 500).forEach(i -> huge.put("field" + i, List.of("x".repeat(300), Map.of("deep", "y".repeat(300)))));
        String bounded = SummarySanitiser.toJson(huge);
        assertThat(bounded.length()).isLessThanOrEqualTo(SummarySanitiser.MAX_JSON);
        assertThat(JSON.readTree(bounded).isObject()).isTrue();
    }

    @Test
    void bigCollectionsAndDeepNestingAreCut() {
        JsonNode list = JSON.readTree(SummarySanitiser.toJson(Map.of("ids", IntStream.range(0, 100).boxed().toList())));
        assertThat(list.get("ids")).hasSize(SummarySanitiser.MAX_ITEMS + 1);
        assertThat(list.get("ids").get(SummarySanitiser.MAX_ITEMS).asString()).isEqualTo("+68 more");

        Map<String, Object> deep = Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e", 1)))));
        assertThat(SummarySanitiser.toJson(deep)).isEqualTo("{\"a\":{\"b\":{\"c\":{\"d\":\"[nested]\"}}}}");
    }

    @Test
    void textIsStoredAsPostgreSqlWillKeepIt() {
        assertThat(SummarySanitiser.toJson(Map.of("note", "a\u0000b\uD800c"))).isEqualTo("{\"note\":\"ab\uFFFDc\"}");
    }

    @Test
    void emptyOrMissingSummaryIsAnEmptyObject() {
        assertThat(SummarySanitiser.toJson(Map.of())).isEqualTo("{}");
        assertThat(SummarySanitiser.toJson(null)).isEqualTo("{}");
    }
}
