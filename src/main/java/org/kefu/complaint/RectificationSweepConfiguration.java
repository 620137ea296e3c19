package org.kefu.complaint;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduler for {@link RectificationSweep} (a daily-granularity sweep needs no timer
 * infrastructure of its own; several nodes may run it, rows are claimed with SKIP LOCKED).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RectificationSweepConfiguration {
}
