package org.kefu.identity.web;

import org.kefu.identity.IdentityPermissions;
import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.HomeTile;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which permission each identity path needs, and where identity appears in the navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityRules {

    @Bean
    AccessRules identityAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/api/v1/org-units/**", IdentityPermissions.ORG_UNITS_READ),
                new AccessRule("/api/v1/org-units/**", IdentityPermissions.ORG_UNITS_MANAGE),
                new AccessRule("/org-units/**", IdentityPermissions.ORG_UNITS_READ),
                new AccessRule("/api/v1/users/**", IdentityPermissions.USERS_MANAGE),
                new AccessRule("/admin/users/**", IdentityPermissions.USERS_MANAGE),
                new AccessRule("/api/v1/api-clients/**", IdentityPermissions.API_CLIENTS_MANAGE));
    }

    @Bean
    NavigationItem orgUnitsNavigation() {
        return new NavigationItem("org-units", "nav.org-units", "/org-units", 800, IdentityPermissions.ORG_UNITS_READ,
                NavigationItem.ADMINISTRATION);
    }

    @Bean
    NavigationItem usersNavigation() {
        return new NavigationItem("users", "nav.users", "/admin/users", 810, IdentityPermissions.USERS_MANAGE,
                NavigationItem.ADMINISTRATION);
    }

    @Bean
    HomeTile usersTile() {
        return new HomeTile("users", "tile.users.title", "tile.users.description", "/admin/users", 810,
                IdentityPermissions.USERS_MANAGE);
    }

    @Bean
    HomeTile orgUnitsTile() {
        return new HomeTile("org-units", "tile.org-units.title", "tile.org-units.description", "/org-units", 800,
                IdentityPermissions.ORG_UNITS_READ);
    }

    @Bean
    HomeTile accountTile() {
        // Every built-in role can read the organisation: the tile shows to every signed-in staff member.
        return new HomeTile("account", "tile.account.title", "tile.account.description", "/account", 990,
                IdentityPermissions.ORG_UNITS_READ);
    }
}
