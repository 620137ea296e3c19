package org.kefu.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The form an agent fills in at the counter or on the phone. The token is issued with the empty form and
 * sent back with it: a double click or a resent form then finds the case the first submission opened.
 */
class CounterCaseForm {

    private String kind = "consultation";
    private String channel = "branch_counter";
    private String category;
    private String customerNumber;
    private String contactName;
    private String contactMobile;
    private String contactEmail;
    private String subject;
    private String description;
    private List<String> flags = new ArrayList<>();
    private String token = UUID.randomUUID().toString();

    CaseRequests.Open toRequest() {
        boolean anonymous = CaseRequests.blankToNull(customerNumber) == null;
        CaseRequests.ContactBody contact = anonymous && (CaseRequests.blankToNull(contactName) != null
                || CaseRequests.blankToNull(contactMobile) != null || CaseRequests.blankToNull(contactEmail) != null)
                ? new CaseRequests.ContactBody(contactName, contactMobile, contactEmail) : null;
        return new CaseRequests.Open(kind, channel, CaseRequests.blankToNull(category), subject, description, flags,
                CaseRequests.blankToNull(customerNumber), null, null, contact);
    }

    /** Only a token this page issued (a UUID) is used; anything else opens a case without one. */
    String idempotencyKey() {
        try {
            return token == null ? null : "page:" + UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The form field a violation of the request names. */
    static String formField(String requestField) {
        return switch (requestField) {
            case "contact.name" -> "contactName";
            case "contact.mobile", "contact" -> "contactMobile";
            case "contact.email" -> "contactEmail";
            default -> requestField;
        };
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getCustomerNumber() { return customerNumber; }
    public void setCustomerNumber(String customerNumber) { this.customerNumber = customerNumber; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactMobile() { return contactMobile; }
    public void setContactMobile(String contactMobile) { this.contactMobile = contactMobile; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getFlags() { return flags; }
    public void setFlags(List<String> flags) { this.flags = flags == null ? new ArrayList<>() : flags; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
