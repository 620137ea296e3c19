package org.kefu.platform;

/**
 * One offending field of a request. {@code code} is stable for programs (required, unknown-field,
 * wrong-type, out-of-range, ...); {@code message} is for people, in the caller's language. The rejected
 * value is deliberately not echoed: it may be personal data.
 */
public record FieldViolation(String field, String code, String message) {
}
