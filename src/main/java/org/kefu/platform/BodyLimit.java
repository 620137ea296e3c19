package org.kefu.platform;

import org.springframework.util.unit.DataSize;

/**
 * A module's declaration that API requests to {@code pathPattern} (Spring path pattern, e.g.
 * {@code /api/v1/cases/*}{@code /attachments}) with {@code method} (null: any) may carry bodies up to {@code maxSize}
 * instead of {@code kefu.api.max-body-size}: uploads need more than JSON does, and only where they are
 * accepted. Declared as beans; the platform's request body limit applies them.
 */
public record BodyLimit(String method, String pathPattern, DataSize maxSize) {
}
