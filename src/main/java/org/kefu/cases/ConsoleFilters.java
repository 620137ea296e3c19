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

    static CaseStore.Criteria criteria(String view, String status, String priority, String kind, Actor actor) {
        CaseStatus s = status == null ? null : JsonNames.parse(CaseStatus.class, status).orElse(null);
        CaseKind k = kind == null ? null : JsonNames.parse(CaseKind.class, kind).orElse(null);
        Priority p = priority == null ? null : java.util.Arrays.stream(Priority.values())
                .filter(candidate -> candidate.name().equals(priority)).findFirst().orElse(null);
        String owner = "mine".equals(view) ? actor.id() : null;
        String unit = "team".equals(view) ? actor.orgUnitCode() : null;
        if ("waiting".equals(view) && s == null) {
            s = CaseStatus.WAITING_FOR_CUSTOMER;
        }
        return new CaseStore.Criteria(s, k, p, null, unit, owner, null, null, null);
    }
}
