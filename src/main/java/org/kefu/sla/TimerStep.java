package org.kefu.sla;

import java.time.Instant;

/**
 * One timer of a case clock (a row of {@code sla_timer}). Its id is {@code <case id>/<clock>/<deadline ms>/<step>}:
 * a clock armed with another deadline gets new ids, so a step of the old arming that is being fired right
 * now cannot stand in for the new one; the rest travels as text in the row's data ({@code at|deadline|reassign|policy code|policy version|case number}).
 *
 * @param step  {@code warn-1}, {@code warn-2}, ... for warnings, {@code breach} at the deadline, then
 *              {@code level-2} and {@code level-3} when the level below has not acknowledged in time
 * @param at       when the step is due (for a level: the acknowledgement deadline of the level below)
 * @param deadline the clock's deadline, the same for every step of one arming
 */
record TimerStep(long caseId, String clock, String step, Instant at, Instant deadline, boolean reassign,
                 String policyCode, int policyVersion, String caseNumber) {

    static final String BREACH = "breach";

    TimerStep {
        if (clock == null || !clock.matches("[a-z][a-z_]{1,39}")) {
            throw new IllegalArgumentException("clock must be a lower-case word, got " + clock);
        }
    }

    static String prefix(long caseId, String clock) {
        return caseId + "/" + clock + "/";
    }

    static TimerStep warning(CaseDeadline d, int n, Instant at) {
        return of(d, "warn-" + n, at);
    }

    static TimerStep breach(CaseDeadline d) {
        return of(d, BREACH, d.dueAt());
    }

    private static TimerStep of(CaseDeadline d, String step, Instant at) {
        return new TimerStep(d.caseId(), d.clock(), step, at, d.dueAt(), d.reassignOnEscalation(),
                d.policyCode() == null ? "" : d.policyCode(), d.policyVersion(), d.caseNumber());
    }

    /** The acknowledgement deadline of the level below, as the step that raises {@code level}. */
    TimerStep level(int level, Instant at) {
        return new TimerStep(caseId, clock, "level-" + level, at, deadline, reassign, policyCode, policyVersion,
                caseNumber);
    }

    boolean isWarning() {
        return step.startsWith("warn-");
    }

    /** The level this step raises: 1 for the breach, 2 or 3 for a climb; 0 for a warning. */
    int level() {
        return step.startsWith("level-") ? Integer.parseInt(step.substring(6)) : BREACH.equals(step) ? 1 : 0;
    }

    String instanceId() {
        return prefix(caseId, clock) + deadline.toEpochMilli() + "/" + step;
    }

    String data() {
        // The case number goes last: it is the only free text, and may not contain '|' anyway.
        return at + "|" + deadline + "|" + reassign + "|" + policyCode + "|" + policyVersion + "|" + caseNumber;
    }

    static TimerStep parse(String instanceId, String data) {
        String[] key = instanceId.split("/", 4);
        String[] d = data.split("\\|", 6);
        return new TimerStep(Long.parseLong(key[0]), key[1], key[3], Instant.parse(d[0]), Instant.parse(d[1]),
                Boolean.parseBoolean(d[2]), d[3], Integer.parseInt(d[4]), d[5]);
    }
}
