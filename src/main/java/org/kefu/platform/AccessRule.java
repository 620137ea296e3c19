package org.kefu.platform;

/**
 * A module's declaration that requests matching {@code pathPattern} (Spring path patterns, e.g.
 * {@code /api/v1/audit/**}) — with {@code method}, or any method when it is null — need
 * {@code permission}. Modules declare rules as beans; the security configuration applies them all in
 * one place, before its default of "signed in". Record-level checks (data scope) stay in the queries.
 */
public record AccessRule(String method, String pathPattern, String permission) {

    public AccessRule(String pathPattern, String permission) {
        this(null, pathPattern, permission);
    }
}
