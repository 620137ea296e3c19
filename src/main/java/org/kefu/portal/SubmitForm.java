package org.kefu.portal;

import java.util.regex.Pattern;

import org.kefu.cases.PortalCases;
import org.springframework.validation.Errors;

/** The request form as typed; {@link #validate} puts each problem beside its field. */
public class SubmitForm {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private String kind;
    private String category;
    private String subject;
    private String description;
    private String name;
    private String mobile;
    private String email;
    private boolean consent;

    void validate(Errors errors) {
        if (kind == null || !PortalCases.KINDS.contains(kind)) {
            errors.rejectValue("kind", "portal.field.kind");
        }
        text(errors, "subject", subject, 200);
        text(errors, "description", description, 4000);
        text(errors, "name", name, 100);
        String m = mobile();
        String e = blankToNull(email);
        if (m == null && e == null) {
            errors.rejectValue("mobile", "portal.field.mobile-or-email");
        }
        if (m != null && !MOBILE.matcher(m).matches()) {
            errors.rejectValue("mobile", "portal.field.mobile");
        }
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            errors.rejectValue("email", "portal.field.email");
        }
        if (!consent) {
            errors.rejectValue("consent", "portal.field.consent");
        }
    }

    private static void text(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "portal.field.required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "portal.field.size", new Object[] {max}, null);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    PortalCases.Submission submission() {
        return new PortalCases.Submission(kind, blankToNull(category), subject.strip(), description.strip(),
                name.strip(), mobile(), blankToNull(email));
    }

    /** As typed on a phone: "138 0013 8000" and "138-0013-8000" are the same number. */
    private String mobile() {
        String m = blankToNull(mobile);
        return m == null ? null : m.replaceAll("[\\s-]", "");
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
}
