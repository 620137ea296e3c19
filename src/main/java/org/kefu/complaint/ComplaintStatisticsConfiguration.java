package org.kefu.complaint;

import org.kefu.platform.AccessRule;
import org.kefu.platform.AccessRules;
import org.kefu.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may see the regulator statistics (complaint.statistics) and work on root causes and rectification
 * (complaint.rectification). Rules name their methods so that they come before any broader complaint rule.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintStatisticsConfiguration {

    static final String STATISTICS = "complaint.statistics";
    static final String RECTIFICATION = "complaint.rectification";

    @Bean
    AccessRules complaintAnalysisAccessRules() {
        return AccessRules.of(
                new AccessRule("GET", "/api/v1/complaints/statistics", STATISTICS),
                new AccessRule("GET", "/complaints/statistics", STATISTICS),
                new AccessRule("GET", "/complaints/statistics.xlsx", STATISTICS),
                new AccessRule("GET", "/complaints/statistics/**", STATISTICS),
                new AccessRule("PUT", "/api/v1/complaints/*/root-cause", RECTIFICATION),
                new AccessRule("GET", "/api/v1/complaints/*/root-cause", RECTIFICATION),
                new AccessRule("POST", "/api/v1/complaints/*/rectifications", RECTIFICATION),
                new AccessRule("GET", "/api/v1/complaints/*/rectifications", RECTIFICATION),
                new AccessRule("POST", "/api/v1/complaints/*/rectifications/**", RECTIFICATION),
                new AccessRule("GET", "/complaints/analysis", RECTIFICATION),
                new AccessRule("GET", "/complaints/analysis/**", RECTIFICATION),
                new AccessRule("POST", "/complaints/analysis/**", RECTIFICATION));
    }

    @Bean
    NavigationItem complaintStatisticsNavigation() {
        return new NavigationItem("complaint-statistics", "complaint-analysis.nav.statistics", "/complaints/statistics",
                72, STATISTICS, NavigationItem.QUALITY);
    }

    @Bean
    NavigationItem complaintAnalysisNavigation() {
        return new NavigationItem("complaint-analysis", "complaint-analysis.nav.analysis", "/complaints/analysis",
                74, RECTIFICATION, NavigationItem.QUALITY);
    }
}
