package org.kefu.platform.web;

import org.kefu.platform.HomeTile;
import org.kefu.platform.NavigationItem;
import org.kefu.platform.PlatformPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's own entries in the navigation and on the home page. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return new NavigationItem("home", "nav.home", "/", 0, null);
    }

    @Bean
    NavigationItem apiNavigation() {
        return new NavigationItem("api", "nav.api", "/swagger-ui.html", 900, null);
    }

    @Bean
    NavigationItem cryptoNavigation() {
        return new NavigationItem("crypto", "nav.crypto", "/admin/crypto", 950, PlatformPermissions.CRYPTO_MANAGE,
                NavigationItem.ADMINISTRATION);
    }

    @Bean
    HomeTile apiTile() {
        return new HomeTile("api", "tile.api.title", "tile.api.description", "/swagger-ui.html", 900, null);
    }

    @Bean
    HomeTile healthTile() {
        return new HomeTile("health", "tile.health.title", "tile.health.description", "/actuator/health", 910, null);
    }

    @Bean
    HomeTile cryptoTile() {
        return new HomeTile("crypto", "tile.crypto.title", "tile.crypto.description", "/admin/crypto", 950,
                PlatformPermissions.CRYPTO_MANAGE);
    }
}
