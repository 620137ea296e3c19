/**
 * Who may do what, and where: the organisation tree, staff users and their roles and permissions,
 * sign-in with lockout and TOTP, sessions, API clients (channel systems and personal tokens), rate limits,
 * and the data scope every query of business data is filtered by.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.kefu.identity;
