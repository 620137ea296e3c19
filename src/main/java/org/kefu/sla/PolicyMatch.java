package org.kefu.sla;

import java.util.List;

/**
 * Which cases a policy applies to. Each list is "any of" and an empty list is "any"; {@code units} also
 * takes a unit's descendants. Values are the API's names: {@code complaint}, {@code P1}, {@code phone}.
 */
record PolicyMatch(List<String> kinds, List<String> categories, List<String> priorities, List<String> channels,
                   List<String> segments, List<String> units) {

    PolicyMatch {
        kinds = List.copyOf(kinds);
        categories = List.copyOf(categories);
        priorities = List.copyOf(priorities);
        channels = List.copyOf(channels);
        segments = List.copyOf(segments);
        units = List.copyOf(units);
    }

    /** The facts a policy is matched against (a real case, or a simulated one). */
    record Profile(String kind, String category, String priority, String channel, String segment,
                   List<String> unitPath) {
    }

    boolean matches(Profile p) {
        return any(kinds, p.kind()) && any(categories, p.category()) && any(priorities, p.priority())
                && any(channels, p.channel()) && any(segments, p.segment())
                && (units.isEmpty() || p.unitPath().stream().anyMatch(units::contains));
    }

    private static boolean any(List<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
