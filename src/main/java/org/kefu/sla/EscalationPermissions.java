package org.kefu.sla;

/** Permissions the escalation chain checks; which roles hold them is seeded by its migration. */
public final class EscalationPermissions {

    /**
     * Management: receives level 2 (the unit head, the nearest unit above the case's with a holder) and
     * level 3 (head office). Supervisors (level 1) are the holders of {@code cases.supervise}.
     */
    public static final String MANAGEMENT = "sla.escalation.management";

    private EscalationPermissions() {
    }
}
