package org.kefu.platform;

import java.util.List;

/**
 * A module's access rules declared together, as one bean, so that the module's paths and permissions
 * read as one table instead of a bean method each.
 */
public record AccessRules(List<AccessRule> rules) {

    public AccessRules {
        rules = List.copyOf(rules);
    }

    public static AccessRules of(AccessRule... rules) {
        return new AccessRules(List.of(rules));
    }
}
