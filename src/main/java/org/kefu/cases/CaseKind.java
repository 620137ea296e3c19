package org.kefu.cases;

/** What the customer came for. */
public enum CaseKind {
    CONSULTATION, SERVICE_REQUEST, COMPLAINT, INCIDENT_REPORT, SUGGESTION, PRAISE
}
