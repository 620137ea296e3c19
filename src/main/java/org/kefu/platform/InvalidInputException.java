package org.kefu.platform;

import java.util.List;

/**
 * Input a module rejects after binding (a business rule on a field, a query parameter out of range).
 * The API answers it with a 400 validation problem listing the fields.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("Invalid input: " + violations.stream().map(FieldViolation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String code, String message) {
        this(List.of(new FieldViolation(field, code, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
