package org.kefu.platform;

import java.util.regex.Pattern;

/**
 * A table column holding {@link FieldCipher} envelopes, declared as a bean by the module that owns
 * the table, so that key rotation can find and re-encrypt every encrypted value without knowing the
 * module.
 *
 * @param table    table name
 * @param idColumn a unique, orderable column (the primary key)
 * @param column   the column holding envelopes
 * @param field    the logical field name the values were encrypted for (their associated data)
 */
public record EncryptedColumn(String table, String idColumn, String column, String field) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public EncryptedColumn {
        for (String name : new String[] {table, idColumn, column}) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
            }
        }
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field is required");
        }
    }
}
