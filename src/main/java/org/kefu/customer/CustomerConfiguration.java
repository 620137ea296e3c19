package org.kefu.customer;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.EncryptedColumn;
import org.kefu.platform.HomeTile;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what, where customers appear, and which columns key rotation must re-encrypt. Revealing
 * needs the platform's unmask permission on top of reading; the more specific rules are applied first.
 */
@Configuration(proxyBeanMethods = false)
class CustomerConfiguration {

    static final String UNMASK = "personal-data.unmask";

    @Bean
    AccessRules customerAccessRules() {
        return AccessRules.of(
                new AccessRule("POST", "/api/v1/customers/*/reveal", UNMASK),
                new AccessRule("POST", "/customers/*/reveal", UNMASK),
                new AccessRule("POST", "/api/v1/customers/lookup", CustomerPermissions.READ),
                new AccessRule("DELETE", "/api/v1/customers/**", CustomerPermissions.ERASE),
                new AccessRule("POST", "/api/v1/customers/**", CustomerPermissions.WRITE),
                new AccessRule("PUT", "/api/v1/customers/**", CustomerPermissions.WRITE),
                new AccessRule("/api/v1/customers/**", CustomerPermissions.READ),
                new AccessRule("/customers/**", CustomerPermissions.READ));
    }

    @Bean
    NavigationItem customersNavigation() {
        return new NavigationItem("customers", "customer.nav", "/customers", 100, CustomerPermissions.READ);
    }

    @Bean
    HomeTile customersTile() {
        return new HomeTile("customers", "customer.tile.title", "customer.tile.description", "/customers", 100,
                CustomerPermissions.READ);
    }

    @Bean
    EncryptedColumn customerBirthDate() {
        return new EncryptedColumn("customer", "id", "birth_date_enc", CustomerStore.BIRTH_DATE);
    }

    @Bean
    EncryptedColumn customerIdNumber() {
        return new EncryptedColumn("customer", "id", "id_number_enc", CustomerStore.ID_NUMBER);
    }

    @Bean
    EncryptedColumn customerMobile() {
        return new EncryptedColumn("customer", "id", "mobile_enc", CustomerStore.MOBILE);
    }

    @Bean
    EncryptedColumn customerEmail() {
        return new EncryptedColumn("customer", "id", "email_enc", CustomerStore.EMAIL);
    }

    @Bean
    EncryptedColumn customerAddress() {
        return new EncryptedColumn("customer", "id", "address_enc", CustomerStore.ADDRESS);
    }
}
