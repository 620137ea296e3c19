package org.kefu.audit;

/** Whether the audited action succeeded; failed attempts (a refused sign-in) are audited too. */
public enum AuditOutcome {
    SUCCESS, FAILURE
}
