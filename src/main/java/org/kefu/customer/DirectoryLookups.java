package org.kefu.customer;

import java.util.List;
import java.util.Optional;

import org.kefu.platform.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerDirectory} over the customer store; two matches count as none (ambiguous). */
@Component
class DirectoryLookups implements CustomerDirectory {

    private final CustomerStore store;

    DirectoryLookups(CustomerStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownCustomer> byNumber(String number, DataScope scope) {
        return unique(store.contacts("number", number, scope));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownCustomer> byIdNumber(String idNumber, DataScope scope) {
        return unique(store.contacts("idNumber", idNumber, scope));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownCustomer> byMobile(String mobile, DataScope scope) {
        return unique(store.contacts("mobile", mobile, scope));
    }

    private static Optional<KnownCustomer> unique(List<KnownCustomer> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
