package io.followupbot.chat;

import java.util.List;
import java.util.Objects;

/**
 * A printable rendition of a file the bot offers (the work-search log as a page to print), platform-neutral: a title,
 * the lines under it, then tables of the same columns, each under its heading and closed by its own line (a week and
 * its total). Every text is plain text: the adapter that shows it escapes all of it.
 */
public record Printable(String title, List<String> lines, List<String> columns, List<Table> tables) {

    /** One table: its heading, its rows (one cell per column) and its closing line (one cell per column). */
    public record Table(String heading, List<List<String>> rows, List<String> closing) {
        public Table {
            Objects.requireNonNull(heading, "heading");
            rows = rows.stream().map(List::copyOf).toList();
            closing = List.copyOf(closing);
        }
    }

    public Printable {
        title = MemberText.strip(title);
        lines = lines.stream().map(MemberText::strip).toList();
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
    }
}
