package org.kefu.cases;

/** A case was resolved; the customer is told. Audited through the {@link CaseStatusChanged} of the same step. */
public record CaseResolved(String number) {
}
