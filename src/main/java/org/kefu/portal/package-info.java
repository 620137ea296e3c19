/**
 * The customer portal (客户自助服务): a customer submits a request or complaint from the web, follows it
 * with the case number and a one-time code sent to the contact registered on the case, reads the replies
 * meant for them and adds information. Public pages under {@code /portal}; a customer is never a staff
 * user: the session only holds "may see case KF-…" for a while after a correct code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.kefu.portal;
