package org.kefu.notification;

/** How a message reaches its recipient, and so what the recipient address is. */
public enum NotificationChannel {
    /** Recipient is an e-mail address; the message has a subject and a body. */
    EMAIL,
    /** Recipient is a mobile number; body only. */
    SMS,
    /** Recipient is an app's device token; body only. */
    APP_PUSH,
    /** Recipient is a staff user name; shown under the bell in the header. */
    IN_APP
}
