package org.kefu.customer;

/** Permissions the customer module checks; which roles hold them is seeded by its migration. */
public final class CustomerPermissions {

    /** Find customers and read their (masked) profile. */
    public static final String READ = "customer.read";

    /** Create and change customers. */
    public static final String WRITE = "customer.write";

    /** Erase a customer's personal data (PIPL right to deletion), keeping a pseudonymous row. */
    public static final String ERASE = "customer.erase";

    private CustomerPermissions() {
    }
}
