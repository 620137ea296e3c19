package org.kefu.platform;

/**
 * A module's declaration that requests matching {@code pathPattern} (Spring path patterns, e.g.
 * {@code /api/v1/audit/**}) need {@code permission}. Modules declare rules as beans; the platform's
 * security configuration applies them all in one place, before its default of "authenticated".
 * Finer, record-level checks (data scope) stay in the module's queries.
 */
public record AccessRule(String pathPattern, String permission) {
}
