/**
 * Cases (工单): every consultation, service request, complaint and incident from any channel, accepted,
 * graded, planned, worked, resolved, followed up and archived. Top-level public types are the module's
 * API: {@link org.kefu.cases.CasesPermissions} and the domain events other modules may listen to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.kefu.cases;
