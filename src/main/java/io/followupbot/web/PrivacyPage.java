package io.followupbot.web;

import io.followupbot.chat.MemberText;
import io.followupbot.followup.PrivacyNotice;
import io.javalin.config.RoutesConfig;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * {@code GET /privacy}: the privacy notice the {@code privacy} command shows, as a plain page anyone may read (a
 * Slack or Discord listing links to it), with no access token asked.
 */
public final class PrivacyPage {

    public static final String PATH = "/privacy";

    private PrivacyPage() {
    }

    public static Consumer<RoutesConfig> route(final PrivacyNotice notice) {
        final byte[] page = html(notice).getBytes(StandardCharsets.UTF_8);
        return routes -> routes.get(PATH, context -> context.contentType("text/html; charset=utf-8").result(page));
    }

    static String html(final PrivacyNotice notice) {
        final StringBuilder page = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>followup-bot: privacy"
                + "</title>\n</head>\n<body>\n<main>\n<h1>" + escape(PrivacyNotice.TITLE) + "</h1>\n");
        for (final PrivacyNotice.Part part : notice.parts()) {
            page.append("<h2>").append(escape(part.heading())).append("</h2>\n<p>")
                    .append(escape(part.text()).replaceAll("`([^`]+)`", "<code>$1</code>"))
                    .append("</p>\n");
        }
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(final String text) {
        return MemberText.strip(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
