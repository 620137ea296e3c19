package org.kefu.audit;

/** Permissions the audit module checks; which roles hold them is the identity module's business. */
public final class AuditPermissions {

    /** Read and export the audit trail (within one's data scope). */
    public static final String READ = "audit.read";

    /** Check the hash chain for tampering. */
    public static final String VERIFY = "audit.verify";

    /** Move entries older than the retention period to archive files, and check those files. */
    public static final String ARCHIVE = "audit.archive";

    private AuditPermissions() {
    }
}
