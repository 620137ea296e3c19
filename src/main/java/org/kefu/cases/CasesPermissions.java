package org.kefu.cases;

/** Permissions the cases module checks; which roles hold them is seeded by its migration. */
public final class CasesPermissions {

    /** Open a case (staff at the counter, channel systems through the intake API). */
    public static final String CREATE = "cases.create";

    /** Read cases within the caller's data scope. */
    public static final String READ = "cases.read";

    /** Move a case through its lifecycle and reply on it. */
    public static final String WORK = "cases.work";

    /** Lower a priority, and later reassign and review: what supervisors do. */
    public static final String SUPERVISE = "cases.supervise";

    /** Sign off a reviewed complaint's resolution that needs management's approval (three-level handling). */
    public static final String SIGN_OFF = "cases.sign-off";

    private CasesPermissions() {
    }
}
