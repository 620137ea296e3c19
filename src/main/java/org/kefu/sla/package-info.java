/**
 * Service levels (R1.1, R2.4, R4.6, R4.7, R8.1): working calendars with mainland holidays and make-up
 * working days, SLA policies that set a case's deadlines, regulatory clocks for complaints, and the
 * escalation chain agent → supervisor → management that fires when a deadline passes unacknowledged.
 * Listens to the cases module's events; writes the computed deadlines back through {@code Cases} so that
 * queues sort by them without depending on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA")
package org.kefu.sla;
