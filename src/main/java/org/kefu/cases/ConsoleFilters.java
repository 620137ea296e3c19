package org.kefu.cases;

import org.kefu.platform.Actor;

/**
 * The filters of the console as the page sends them. A value the page never offers (an edited URL) is
 * ignored rather than answered with an error page: the list then simply shows more.
 */
record ConsoleFilters(String status, String priority, String kind) {

    /** The JSON names of enum values, as pages offer them in selects. */
    static java.util.List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(v -> JsonNames.of(v)).toList();
    }

    /** The view's narrowing of the list, with the filters the agent chose on top. */
    static CaseStore.Criteria criteria(String view, String status, String priority, String kind, Actor actor) {
        CaseStatus s = status == null ? null : JsonNames.parse(CaseStatus.class, status).orElse(null);
        CaseKind k = kind == null ? null : JsonNames.parse(CaseKind.class, kind).orElse(null);
        Priority p = priority == null ? null : java.util.Arrays.stream(Priority.values())
                .filter(candidate -> candidate.name().equals(priority)).findFirst().orElse(null);
        CaseQueue queue = JsonNames.parse(CaseQueue.class, view).orElse(CaseQueue.MINE);
        return queue.narrow(new CaseStore.Criteria(s, k, p, null, null, null, null, null, null), actor);
    }
}
