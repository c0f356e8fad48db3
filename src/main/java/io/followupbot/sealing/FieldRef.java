package io.followupbot.sealing;

import java.nio.charset.StandardCharsets;

/**
 * Where a sealed value lives: its table, its column and its row's key (the primary key's values joined with
 * {@code #}). Bound into the seal as associated data; named in error messages, which never show the value.
 */
public record FieldRef(String table, String column, String row) {

    public static FieldRef of(final String table, final String column, final Object... rowKey) {
        final StringBuilder row = new StringBuilder();
        for (final Object part : rowKey) {
            if (row.length() > 0) {
                row.append('#');
            }
            row.append(part);
        }
        return new FieldRef(table, column, row.toString());
    }

    byte[] associatedData() {
        return (table + "." + column + "\u0000" + row).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table + "." + column + " of row " + row;
    }
}
