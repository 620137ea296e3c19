package org.kefu.notification;

/** Permissions the notification module checks; which roles hold them is the identity module's business. */
public final class NotificationPermissions {

    /** See queued, sent and failed messages (recipients masked), to tell a customer why nothing arrived. */
    public static final String READ = "notification.read";

    /** Post delivery receipts: held by the API key of an SMS or push vendor. */
    public static final String RECEIPTS_WRITE = "notification.receipts.write";

    private NotificationPermissions() {
    }
}
