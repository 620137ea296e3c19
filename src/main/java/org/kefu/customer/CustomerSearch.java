package org.kefu.customer;

/** Turns what a searcher typed into criteria: blanks are "not given". */
final class CustomerSearch {

    private CustomerSearch() {
    }

    static CustomerStore.Criteria criteria(String name, String mobile, String idNumber) {
        return new CustomerStore.Criteria(blankToNull(name), blankToNull(mobile), blankToNull(idNumber));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
