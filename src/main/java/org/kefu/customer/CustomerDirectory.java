package org.kefu.customer;

import java.util.Optional;

import org.kefu.platform.DataScope;

/**
 * Finds a customer for another module (a case taken at the counter or from a channel): exactly by number,
 * or by ID number or mobile through the blind index, within the caller's scope. Erased customers are not
 * found. The contact details are plaintext so that the caller can queue a notification; they must not be
 * stored or shown.
 */
public interface CustomerDirectory {

    Optional<KnownCustomer> byNumber(String number, DataScope scope);

    /** Empty also when several customers share the value: the caller must then ask for the number. */
    Optional<KnownCustomer> byIdNumber(String idNumber, DataScope scope);

    /** Empty also when several customers share the mobile (family members). */
    Optional<KnownCustomer> byMobile(String mobile, DataScope scope);

    /** A customer found; {@code mobile} and {@code email} are plaintext, for notifications only. */
    record KnownCustomer(String number, String mobile, String email) {
    }
}
