/**
 * Notifications to customers and staff: e-mail, SMS, app push and in-app messages, queued in the
 * caller's transaction (an outbox) and delivered by a cluster-safe dispatcher with retries. Other
 * modules call {@link org.kefu.notification.Notifications}; top-level types of this package are the
 * module's API, sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.kefu.notification;
