package org.kefu.sla;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.kefu.cases.CaseChannel;
import org.kefu.cases.CaseKind;

/**
 * The body of creating or editing a policy. Lists and enums are bound as text and checked here, so that one
 * 400 names every offending field ({@code match.kinds}, {@code firstResponse.unit}, {@code warnings} …).
 */
record PolicyRequest(String code, String name, String reason, Match match, Target firstResponse, Target nextUpdate,
                     Target resolution, String calendar, List<Double> warnings, Boolean reassignOnEscalation) {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,39}$");

    record Match(List<String> kinds, List<String> categories, List<String> priorities, List<String> channels,
                 List<String> segments, List<String> units) {
    }

    record Target(Integer amount, String unit) {
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** A valid version of a policy (id, code and position are the caller's to fill in). */
    SlaPolicy validate(boolean creating, Predicate<String> unitExists, Predicate<String> calendarExists,
                       String author, Instant now) {
        PolicyViolations v = new PolicyViolations();
        if (creating && (code == null || !CODE.matcher(code).matches())) {
            v.add("code", code == null ? "required" : "format", code == null ? "field.required" : "sla.field.code");
        }
        String cleanName = v.text("name", name, 200);
        String cleanReason = v.text("reason", reason, 1000);
        Match m = match == null ? new Match(null, null, null, null, null, null) : match;
        List<String> kinds = list(v, "match.kinds", m.kinds(), names(CaseKind.values())::contains);
        List<String> priorities = list(v, "match.priorities", m.priorities(), List.of("P1", "P2", "P3", "P4")::contains);
        List<String> channels = list(v, "match.channels", m.channels(), names(CaseChannel.values())::contains);
        List<String> categories = list(v, "match.categories", m.categories(), c -> !c.isBlank() && c.length() <= 60);
        List<String> segments = list(v, "match.segments", m.segments(), s -> !s.isBlank() && s.length() <= 40);
        List<String> units = list(v, "match.units", m.units(), unitExists);
        PolicyTarget first = target(v, "firstResponse", firstResponse);
        PolicyTarget next = target(v, "nextUpdate", nextUpdate);
        PolicyTarget result = target(v, "resolution", resolution);
        if (firstResponse == null && nextUpdate == null && resolution == null) {
            v.add("resolution", "required", "sla.field.some-target");
        }
        if (calendar != null && !calendarExists.test(calendar)) {
            v.add("calendar", "invalid", "sla.field.calendar");
        }
        List<Double> fractions = warnings == null ? SlaPolicy.DEFAULT_WARNINGS : warnings;
        if (fractions.size() > 5 || fractions.stream().anyMatch(f -> f == null || f <= 0 || f >= 1)
                || !fractions.stream().sorted().toList().equals(fractions)) {
            v.add("warnings", "invalid", "sla.field.warnings");
        }
        v.throwIfAny();
        return new SlaPolicy(0, code, 0, 0, cleanName, new PolicyMatch(kinds, categories, priorities, channels,
                segments, units), first, next, result, calendar, fractions, Boolean.TRUE.equals(reassignOnEscalation),
                author, now, cleanReason);
    }

    private static List<String> list(PolicyViolations v, String field, List<String> values, Predicate<String> ok) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 50 || values.stream().anyMatch(x -> x == null || !ok.test(x))) {
            v.add(field, "invalid", "sla.field.one-of");
            return List.of();
        }
        return values.stream().distinct().toList();
    }

    private static PolicyTarget target(PolicyViolations v, String field, Target t) {
        if (t == null) {
            return null;
        }
        var unit = PolicyTarget.Unit.parse(t.unit());
        // At most about ten years whatever the unit: a target beyond the calendars' reach would make every
        // matching intake fail, not just this policy.
        long max = unit.map(u -> u.name().endsWith("MINUTES") ? 5_256_000L : u.name().endsWith("HOURS") ? 87_600L : 3_650L)
                .orElse(3_650L);
        if (t.amount() == null || t.amount() < 1 || t.amount() > max) {
            v.add(field + ".amount", t.amount() == null ? "required" : "out-of-range",
                    t.amount() == null ? "field.required" : "sla.field.amount");
        }
        if (unit.isEmpty()) {
            v.add(field + ".unit", t.unit() == null ? "required" : "invalid",
                    t.unit() == null ? "field.required" : "sla.field.one-of");
        }
        return t.amount() == null || unit.isEmpty() ? null : new PolicyTarget(t.amount(), unit.get());
    }
}
