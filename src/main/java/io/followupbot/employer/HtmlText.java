package io.followupbot.employer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML mail body as text, with jsoup: paragraphs, line breaks, list items and table rows become lines, so the
 * readers see the same lines a person sees; links keep their address in brackets (a video link is a format).
 */
final class HtmlText {

    private HtmlText() {
    }

    static String of(final String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        final Document document = Jsoup.parse(html);
        document.select("script, style, head").remove();
        final Elements links = document.select("a[href]");
        for (final Element link : links) {
            final String href = link.attr("href");
            if (href.startsWith("http") && !link.text().contains(href)) {
                link.appendText(" <" + href + ">");
            }
        }
        document.select("br").append("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, table, blockquote").prepend("\\n").append("\\n");
        final String text = document.text().replace("\\n", "\n");
        return text.replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
