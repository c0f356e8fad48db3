package io.followupbot.web;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Printable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A file's printable page (the work-search log) as HTML: the title, the lines under it, then one table per part (a
 * week) with its column headers and its closing line (the week's total). No script; its stylesheet ({@code /log.css})
 * prints black on white without the chat around it and repeats the column headers on each printed page. Every text is
 * escaped: a member's words never become markup.
 */
final class PrintablePage {

    static final String MIME_TYPE = "text/html";

    private PrintablePage() {
    }

    /** The page of {@code file}'s printable rendition, as a file of the same name ending in .html. */
    static Outbound.FileAttachment of(final Outbound.FileAttachment file, final Printable printable) {
        final String base = file.name().replaceFirst("\\.[A-Za-z0-9]+$", "");
        return new Outbound.FileAttachment(base + " (printable page)", MIME_TYPE,
                html(printable).getBytes(StandardCharsets.UTF_8));
    }

    static String html(final Printable printable) {
        final StringBuilder page = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(printable.title())).append("</title>\n<link rel=\"stylesheet\" href=\"/log.css\">\n"
                        + "</head>\n<body>\n<main>\n<header>\n<h1>").append(escape(printable.title())).append("</h1>\n");
        for (final String line : printable.lines()) {
            page.append("<p>").append(escape(line)).append("</p>\n");
        }
        page.append("</header>\n");
        int index = 0;
        for (final Printable.Table table : printable.tables()) {
            final String id = "part-" + ++index;
            page.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                    .append(escape(table.heading())).append("</h2>\n<table aria-labelledby=\"").append(id)
                    .append("\">\n<thead>\n");
            page.append("<tr>");
            printable.columns().forEach(column -> page.append("<th scope=\"col\">").append(escape(column))
                    .append("</th>"));
            page.append("</tr>\n</thead>\n<tbody>\n");
            table.rows().forEach(cells -> row(page, printable.columns(), cells));
            page.append("</tbody>\n<tbody class=\"total\">\n");
            row(page, printable.columns(), table.closing());
            page.append("</tbody>\n</table>\n</section>\n");
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    /** A row; each cell carries its column's name, which a phone's narrow layout shows before the value. */
    private static void row(final StringBuilder page, final List<String> columns, final List<String> cells) {
        page.append("<tr>");
        for (int index = 0; index < cells.size(); index++) {
            page.append("<td data-label=\"").append(escape(index < columns.size() ? columns.get(index) : ""))
                    .append("\">").append(escape(cells.get(index))).append("</td>");
        }
        page.append("</tr>\n");
    }

    static String escape(final String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
