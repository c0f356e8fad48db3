package io.followupbot.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a member typed, back from Slack's wire format: links unwrapped, {@code &amp; &lt; &gt;} decoded. */
final class SlackText {

    private static final Pattern LINK = Pattern.compile("<(mailto:|tel:)?([^<>|@#!][^<>|]*)(?:\\|([^<>]*))?>");

    private SlackText() {
    }

    static String plain(final String text) {
        if (text == null) {
            return "";
        }
        final Matcher link = LINK.matcher(text);
        final StringBuilder plain = new StringBuilder();
        while (link.find()) {
            final String shown = link.group(3) != null ? link.group(3) : link.group(2);
            link.appendReplacement(plain, Matcher.quoteReplacement(shown));
        }
        link.appendTail(plain);
        return plain.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
