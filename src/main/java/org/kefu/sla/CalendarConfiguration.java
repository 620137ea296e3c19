package org.kefu.sla;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may read and change calendars, and where the calendars page appears. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    @Bean
    AccessRules calendarAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/api/v1/sla/calendars/**", CalendarPermissions.READ),
                new AccessRule("GET", "/api/v1/sla/calendars", CalendarPermissions.READ),
                new AccessRule("/api/v1/sla/calendars/**", CalendarPermissions.MANAGE),
                new AccessRule("/api/v1/sla/calendars", CalendarPermissions.MANAGE),
                new AccessRule("GET", "/sla/calendars", CalendarPermissions.READ),
                new AccessRule("/sla/calendars/**", CalendarPermissions.MANAGE));
    }

    @Bean
    NavigationItem calendarsNavigation() {
        return new NavigationItem("sla-calendars", "sla.calendars.nav", "/sla/calendars", 820, CalendarPermissions.READ,
                NavigationItem.ADMINISTRATION);
    }
}
