package org.kefu.complaint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.kefu.platform.FieldViolation;
import org.kefu.platform.InvalidInputException;

/** The body of {@code POST /api/v1/complaints/{n}/decision} and of the panel's decision form. */
public record ComplaintDecision(Integer version, String outcome, String remedy, BigDecimal compensation) {

    static final List<String> OUTCOMES = List.of("upheld", "partly_upheld", "not_upheld");

    /** The compensation as stored (0 when none was given). */
    BigDecimal validate() {
        List<FieldViolation> v = new ArrayList<>();
        if (version == null) {
            v.add(new FieldViolation("version", "required", "field.required"));
        }
        if (outcome == null || !OUTCOMES.contains(outcome.strip())) {
            v.add(new FieldViolation("outcome", outcome == null ? "required" : "invalid", "complaint.field.outcome"));
        }
        if (remedy == null || remedy.isBlank()) {
            v.add(new FieldViolation("remedy", "required", "field.required"));
        } else if (remedy.strip().length() > 2000) {
            v.add(new FieldViolation("remedy", "too-long", "complaint.field.too-long"));
        }
        BigDecimal amount = compensation == null ? BigDecimal.ZERO : compensation;
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(ComplaintCoding.MAX_AMOUNT) > 0) {
            v.add(new FieldViolation("compensation", "invalid", "complaint.field.amount"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * The checker's answer: {@code POST /api/v1/complaints/{n}/compensation} with the record's version they
     * saw; rejecting needs a comment.
     */
    public record Check(Integer version, Boolean approved, String comment) {

        void validate() {
            List<FieldViolation> v = new ArrayList<>();
            if (version == null) {
                v.add(new FieldViolation("version", "required", "field.required"));
            }
            if (approved == null) {
                v.add(new FieldViolation("approved", "required", "field.required"));
            } else if (!approved && (comment == null || comment.isBlank())) {
                v.add(new FieldViolation("comment", "required", "field.required"));
            }
            if (comment != null && comment.strip().length() > 2000) {
                v.add(new FieldViolation("comment", "too-long", "complaint.field.too-long"));
            }
            if (!v.isEmpty()) {
                throw new InvalidInputException(v);
            }
        }
    }
}
