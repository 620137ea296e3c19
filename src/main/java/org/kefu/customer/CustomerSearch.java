package org.kefu.customer;

import java.util.ArrayList;
import java.util.List;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/**
 * Turns what a searcher typed into criteria: blanks are "not given". Exact lookups (mobile, ID number)
 * come only from request bodies; in a query string they would end up in access logs, proxies and
 * browser histories, so a GET carrying them is refused with directions to the POST.
 */
final class CustomerSearch {

    private CustomerSearch() {
    }

    static CustomerStore.Criteria criteria(String name, String mobile, String idNumber) {
        return new CustomerStore.Criteria(blankToNull(name), blankToNull(mobile), blankToNull(idNumber));
    }

    /** The criteria of an exact lookup: exactly one of mobile and ID number, else a 400 naming both. */
    static CustomerStore.Criteria exact(String mobile, String idNumber) {
        String m = blankToNull(mobile);
        String id = blankToNull(idNumber);
        if ((m == null) == (id == null)) {
            throw new InvalidInputException(List.of(
                    new FieldViolation("mobile", "one-of", "customer.lookup.one-of"),
                    new FieldViolation("idNumber", "one-of", "customer.lookup.one-of")));
        }
        return new CustomerStore.Criteria(null, m, id);
    }

    /** A 400 for exact-lookup values in a URL, pointing to where they belong. */
    static void refuseInUrl(String mobile, String idNumber, String messageKey) {
        List<FieldViolation> misplaced = new ArrayList<>();
        if (mobile != null) {
            misplaced.add(new FieldViolation("mobile", "use-post", messageKey));
        }
        if (idNumber != null) {
            misplaced.add(new FieldViolation("idNumber", "use-post", messageKey));
        }
        if (!misplaced.isEmpty()) {
            throw new InvalidInputException(misplaced);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
