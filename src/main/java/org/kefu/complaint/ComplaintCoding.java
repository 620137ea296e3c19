package org.kefu.complaint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * The body of {@code PUT /api/v1/complaints/{n}} and of the panel's coding form: the whole coding at once,
 * with the version the caller read. Every field is checked and all faults are answered together.
 */
public record ComplaintCoding(Integer version, String channelCode, String businessCode, String causeCode,
                              List<String> products, BigDecimal amountInDispute, String demand,
                              Boolean mediaAttention, String regulatorReference, String jurisdiction,
                              String subjectStaff, String locale) {

    static final String REGULATOR_TRANSFER_CODE = "K-CH-05";
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999.99");
    static final List<String> LOCALES = List.of("zh-CN", "en");

    /** The coding as it will be stored: trimmed, blanks as null. */
    record Valid(String channelCode, String businessCode, String causeCode, List<String> products,
                 BigDecimal amountInDispute, String demand, boolean mediaAttention, String regulatorReference,
                 String jurisdiction, String subjectStaff, String locale) {
    }

    /**
     * @param activeCode     (dimension, code) → whether the code is active in that dimension
     * @param userExists     username → whether such a user exists
     * @param jurisdictions  the regulatory clock presets' codes
     */
    Valid validate(String caseChannel, BiPredicate<String, String> activeCode, Predicate<String> userExists,
                   List<String> jurisdictions) {
        List<FieldViolation> v = new ArrayList<>();
        if (version == null) {
            v.add(new FieldViolation("version", "required", "field.required"));
        }
        String channel = code(v, "channelCode", "channel", channelCode, activeCode);
        String business = code(v, "businessCode", "business", businessCode, activeCode);
        String cause = code(v, "causeCode", "cause", causeCode, activeCode);
        List<String> items = new ArrayList<>();
        if (products != null) {
            if (products.size() > 20) {
                v.add(new FieldViolation("products", "too-many", "complaint.field.products"));
            }
            for (String p : products) {
                if (p == null || p.isBlank() || p.strip().length() > 100) {
                    v.add(new FieldViolation("products", "invalid", "complaint.field.products"));
                    break;
                }
                items.add(p.strip());
            }
        }
        if (amountInDispute != null && (amountInDispute.signum() < 0 || amountInDispute.scale() > 2
                && amountInDispute.stripTrailingZeros().scale() > 2 || amountInDispute.compareTo(MAX_AMOUNT) > 0)) {
            v.add(new FieldViolation("amountInDispute", "invalid", "complaint.field.amount"));
        }
        String theDemand = text(v, "demand", demand, 2000);
        String reference = text(v, "regulatorReference", regulatorReference, 100);
        if (reference == null && ("regulator_transfer".equals(caseChannel) || REGULATOR_TRANSFER_CODE.equals(channel))) {
            v.add(new FieldViolation("regulatorReference", "required", "complaint.field.regulator-reference"));
        }
        String theJurisdiction = blankToNull(jurisdiction);
        if (theJurisdiction != null && !jurisdictions.contains(theJurisdiction)) {
            v.add(new FieldViolation("jurisdiction", "invalid", "complaint.field.jurisdiction"));
        }
        String subject = blankToNull(subjectStaff);
        if (subject != null && !userExists.test(subject)) {
            v.add(new FieldViolation("subjectStaff", "not-found", "complaint.field.subject-staff"));
        }
        String theLocale = locale == null ? "zh-CN" : locale.strip();
        if (!LOCALES.contains(theLocale)) {
            v.add(new FieldViolation("locale", "invalid", "complaint.field.locale"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return new Valid(channel, business, cause, List.copyOf(items),
                amountInDispute == null ? null : amountInDispute.setScale(2, java.math.RoundingMode.UNNECESSARY),
                theDemand, Boolean.TRUE.equals(mediaAttention), reference, theJurisdiction, subject, theLocale);
    }

    private static String code(List<FieldViolation> v, String field, String dimension, String value,
                               BiPredicate<String, String> activeCode) {
        String code = blankToNull(value);
        if (code == null) {
            v.add(new FieldViolation(field, "required", "field.required"));
        } else if (!activeCode.test(dimension, code)) {
            v.add(new FieldViolation(field, "invalid", "complaint.field.code"));
        }
        return code;
    }

    private static String text(List<FieldViolation> v, String field, String value, int max) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            v.add(new FieldViolation(field, "too-long", "complaint.field.too-long"));
        }
        return text;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
