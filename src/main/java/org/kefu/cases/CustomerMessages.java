package org.kefu.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kefu.customer.CustomerDirectory;
import org.kefu.notification.Notification;
import org.kefu.platform.DataScope;
import org.kefu.notification.NotificationChannel;
import org.kefu.notification.NotificationTemplate;
import org.kefu.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * Tells the customer what happened to their case (R2.4 transparency): accepted, progress (a reply to them), resolved. Messages are
 * queued in the transaction of the change, so a rolled-back change never sends anything. Contact
 * details given with the case come first; otherwise the known customer's mobile and e-mail are used.
 */
@Component
class CustomerMessages {

    /** Long enough for a useful SMS; the whole reply stays on the case. */
    private static final int PROGRESS_LENGTH = 200;

    private final Notifications notifications;
    private final CustomerDirectory customers;

    CustomerMessages(Notifications notifications, CustomerDirectory customers) {
        this.notifications = notifications;
        this.customers = customers;
    }

    void accepted(Case c, CustomerDirectory.KnownCustomer customer, LocalDate replyBy) {
        send(c, customer, NotificationTemplate.CASE_ACCEPTED,
                Map.of("caseNumber", c.number(), "replyBy", replyBy.toString()));
    }

    /** The case was readable to the actor, so its customer may be looked up regardless of scope. */
    void resolved(Case c) {
        send(c, knownCustomer(c), NotificationTemplate.CASE_RESOLVED, Map.of("caseNumber", c.number()));
    }

    /** A reply meant for the customer reaches them too, not only the case (R2.4 transparency). */
    void progress(Case c, String reply) {
        String text = reply.length() > PROGRESS_LENGTH ? reply.substring(0, PROGRESS_LENGTH - 1) + "…" : reply;
        send(c, knownCustomer(c), NotificationTemplate.CASE_PROGRESS,
                Map.of("caseNumber", c.number(), "progress", text));
    }

    private CustomerDirectory.KnownCustomer knownCustomer(Case c) {
        return c.intake().customerNumber() == null ? null
                : customers.byNumber(c.intake().customerNumber(), DataScope.all()).orElse(null);
    }

    private void send(Case c, CustomerDirectory.KnownCustomer customer, NotificationTemplate template,
                      Map<String, String> variables) {
        CaseIntake.Contact given = c.intake().contact();
        CaseIntake.Contact contact = given != null ? given
                : customer == null ? null : new CaseIntake.Contact(null, customer.mobile(), customer.email());
        if (contact == null) {
            return;
        }
        List<Notification> messages = new ArrayList<>(2);
        if (contact.mobile() != null) {
            messages.add(new Notification(NotificationChannel.SMS, contact.mobile(), template,
                    Notification.CHINESE, variables, c.number()));
        }
        if (contact.email() != null) {
            messages.add(new Notification(NotificationChannel.EMAIL, contact.email(), template,
                    Notification.CHINESE, variables, c.number()));
        }
        notifications.queueAll(messages);
    }
}
