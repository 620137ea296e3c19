/**
 * Customer 360: who the customer is (personal data encrypted field by field, shown masked), what they
 * hold and prefer, their consents, and what happened with them so far. Top-level public types are the
 * module's API: {@link org.kefu.customer.CustomerPermissions}, the {@link org.kefu.customer.CustomerDirectory}
 * lookup for other modules and the {@link org.kefu.customer.InteractionHistory}
 * extension point that later modules (cases, complaints) implement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer")
package org.kefu.customer;
