package org.kefu.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * A template as the API and the edit page send it. {@link #validate} names every offending field
 * ({@code questions[2].weight}), so the page can show each problem beside its field and the API answers 400.
 */
record TemplateRequest(String code, String nameZh, String nameEn, Boolean active, Integer version,
                       List<Question> questions) {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{1,49}");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

    record Question(Integer position, String type, String textZh, String textEn, BigDecimal weight,
                    String indicator, Boolean required) {
    }

    /** Throws the violations, all at once; {@code update}: the version read is required. */
    void validate(boolean update) {
        List<FieldViolation> v = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            v.add(new FieldViolation("code", "invalid", "survey.field.code"));
        }
        text(v, "nameZh", nameZh, 100);
        text(v, "nameEn", nameEn, 100);
        if (update && version == null) {
            v.add(new FieldViolation("version", "required", "survey.field.required"));
        }
        if (questions == null || questions.isEmpty() || questions.size() > 50) {
            v.add(new FieldViolation("questions", "size", "survey.field.questions"));
        } else {
            Set<Integer> positions = new HashSet<>();
            for (int i = 0; i < questions.size(); i++) {
                question(v, "questions[" + i + "].", questions.get(i), positions);
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
    }

    private static void question(List<FieldViolation> v, String at, Question q, Set<Integer> positions) {
        if (q == null) {
            v.add(new FieldViolation(at + "type", "required", "survey.field.required"));
            return;
        }
        if (q.position() == null || q.position() < 1 || q.position() > 50 || !positions.add(q.position())) {
            v.add(new FieldViolation(at + "position", "invalid", "survey.field.position"));
        }
        text(v, at + "textZh", q.textZh(), 500);
        text(v, at + "textEn", q.textEn(), 500);
        if (q.type() == null || !SurveyQuestion.TYPES.contains(q.type())) {
            v.add(new FieldViolation(at + "type", "invalid", "survey.field.type"));
        } else if (SurveyQuestion.TEXT.equals(q.type())) {
            if (q.weight() != null) {
                v.add(new FieldViolation(at + "weight", "invalid", "survey.field.not-scored"));
            }
            if (q.indicator() != null) {
                v.add(new FieldViolation(at + "indicator", "invalid", "survey.field.not-scored"));
            }
        } else {
            if (q.weight() == null || q.weight().signum() <= 0 || q.weight().compareTo(MAX_WEIGHT) > 0
                    || q.weight().stripTrailingZeros().scale() > 2) {
                v.add(new FieldViolation(at + "weight", "out-of-range", "survey.field.weight"));
            }
            if (q.indicator() == null || !SurveyQuestion.INDICATORS.contains(q.indicator())) {
                v.add(new FieldViolation(at + "indicator", "invalid", "survey.field.indicator"));
            }
        }
    }

    private static void text(List<FieldViolation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "required", "survey.field.required"));
        } else if (value.strip().length() > max) {
            v.add(new FieldViolation(field, "size", "survey.field.size"));
        }
    }
}
