package org.kefu.complaint;

import java.util.Locale;
import java.util.Map;

import org.kefu.cases.PortalCases;
import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the complainant a letter is ready: by e-mail if the case has an address, else by SMS, with a link to
 * the portal's case page (where a one-time code opens it). The letter itself is never sent: a PDF in a mail
 * box outlives every retention rule, and an attachment cannot be recalled.
 */
@Component
class ComplaintLetterNotices {

    private static final Logger log = LoggerFactory.getLogger(ComplaintLetterNotices.class);

    private final PortalCases portal;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String baseUrl;

    ComplaintLetterNotices(PortalCases portal, Notifications notifications, MessageSource messages,
                           @Value("${kefu.portal.base-url}") String baseUrl) {
        this.portal = portal;
        this.notifications = notifications;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void tell(String caseNumber, ComplaintLetterKind kind, String languageTag) {
        Locale locale = "en".equals(languageTag) ? Notification.ENGLISH : Notification.CHINESE;
        String letter = messages.getMessage("complaint.letter.kind." + kind.code(), null, locale);
        Map<String, String> vars = Map.of("caseNumber", caseNumber, "letter", letter,
                "link", baseUrl + "/portal/cases/" + caseNumber);
        portal.contactsOf(caseNumber).ifPresentOrElse(contacts -> {
            if (contacts.email() != null && !contacts.email().isBlank()) {
                notifications.queue(new Notification(NotificationChannel.EMAIL, contacts.email(),
                        NotificationTemplate.COMPLAINT_LETTER, locale, vars, caseNumber));
            } else if (contacts.mobile() != null && !contacts.mobile().isBlank()) {
                notifications.queue(new Notification(NotificationChannel.SMS, contacts.mobile(),
                        NotificationTemplate.COMPLAINT_LETTER, locale, vars, caseNumber));
            }
        }, () -> log.info("Complaint {} has no contact: its {} letter waits on the portal", caseNumber, kind.code()));
    }
}
