package org.kefu.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The edit page's form: the template's rows plus blank ones to add questions. Rows left blank are dropped;
 * {@link #rowOf} maps a question of the request back to its row, so each problem shows beside its field.
 */
public class TemplateForm {

    static final int BLANK_ROWS = 2;

    private String code;
    private String nameZh;
    private String nameEn;
    private boolean active = true;
    private Integer version;
    private List<Row> questions = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();

    static TemplateForm of(SurveyTemplate t) {
        TemplateForm form = new TemplateForm();
        form.code = t.code();
        form.nameZh = t.nameZh();
        form.nameEn = t.nameEn();
        form.active = t.active();
        form.version = t.version();
        for (SurveyQuestion q : t.questions()) {
            Row row = new Row();
            row.position = String.valueOf(q.position());
            row.type = q.type();
            row.textZh = q.textZh();
            row.textEn = q.textEn();
            row.weight = q.weight() == null ? null : q.weight().stripTrailingZeros().toPlainString();
            row.indicator = q.indicator();
            row.required = q.required();
            form.questions.add(row);
        }
        return form.withBlankRows();
    }

    TemplateForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            questions.add(new Row());
        }
        return this;
    }

    TemplateRequest request() {
        rows.clear();
        List<TemplateRequest.Question> asked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Row r = questions.get(i);
            if (r.blank()) {
                continue;
            }
            rows.add(i);
            asked.add(new TemplateRequest.Question(number(r.position), blank(r.type), r.textZh, r.textEn,
                    decimal(r.weight), blank(r.indicator), r.required));
        }
        return new TemplateRequest(code, nameZh, nameEn, active, version, asked);
    }

    /** {@code questions[2].weight} of the request as the form's field. */
    String rowOf(String field) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("questions\\[(\\d+)](.*)").matcher(field);
        return m.matches() ? "questions[" + rows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2) : field;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer number(String s) {
        try {
            return blank(s) == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static BigDecimal decimal(String s) {
        try {
            return blank(s) == null ? null : new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ONE.negate(); // shown as "a positive number"
        }
    }

    /** One question row as typed. */
    public static class Row {
        private String position;
        private String type;
        private String textZh;
        private String textEn;
        private String weight;
        private String indicator;
        private boolean required;

        boolean blank() {
            return TemplateForm.blank(textZh) == null && TemplateForm.blank(textEn) == null;
        }

        public String getPosition() { return position; }
        public void setPosition(String position) { this.position = position; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getTextZh() { return textZh; }
        public void setTextZh(String textZh) { this.textZh = textZh; }
        public String getTextEn() { return textEn; }
        public void setTextEn(String textEn) { this.textEn = textEn; }
        public String getWeight() { return weight; }
        public void setWeight(String weight) { this.weight = weight; }
        public String getIndicator() { return indicator; }
        public void setIndicator(String indicator) { this.indicator = indicator; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public List<Row> getQuestions() { return questions; }
    public void setQuestions(List<Row> questions) { this.questions = questions; }
}
