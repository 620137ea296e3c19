package org.kefu.cases;

import java.time.LocalDate;
import java.util.Map;

import org.kefu.notification.Notification;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells the customer what happened to their case (R2.4 transparency): accepted, resolved. Messages are
 * queued in the transaction of the change, so a rolled-back change never sends anything. Only contact
 * details given with the case are used for now; customers known by number are told once the customer
 * module offers their contact channels.
 */
@Component
class CustomerMessages {

    private final Notifications notifications;

    CustomerMessages(Notifications notifications) {
        this.notifications = notifications;
    }

    void accepted(Case c, LocalDate replyBy) {
        send(c, NotificationTemplate.CASE_ACCEPTED,
                Map.of("caseNumber", c.number(), "replyBy", replyBy.toString()));
    }

    void resolved(Case c) {
        send(c, NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", c.number()));
    }

    private void send(Case c, NotificationTemplate template, Map<String, String> variables) {
        CaseIntake.Contact contact = c.intake().contact();
        if (contact == null) {
            return;
        }
        if (contact.mobile() != null) {
            notifications.queue(new Notification(NotificationChannel.SMS, contact.mobile(), template,
                    Notification.CHINESE, variables, c.number()));
        }
        if (contact.email() != null) {
            notifications.queue(new Notification(NotificationChannel.EMAIL, contact.email(), template,
                    Notification.CHINESE, variables, c.number()));
        }
    }
}
