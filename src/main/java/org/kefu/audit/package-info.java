/**
 * The audit trail: who did what to which record, when, from where and why, on a tamper-evident,
 * append-only hash chain. Modules publish {@link org.kefu.platform.AuditableEvent}s (or call
 * {@link org.kefu.audit.AuditTrail} when they depend on this module); staff read, export, verify and
 * archive the trail. Top-level types of this package are the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.kefu.audit;
