package io.followupbot.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A text split the way a reader sees it: subject line, greeting, the content, and the sign-off that
 * follows a closing such as "Kind regards,".
 *
 * @param greetingTarget who the greeting addresses, "Ana" in "Dear Ana,"; empty without a greeting
 * @param content the message between greeting and closing (the greeting line's remainder included)
 */
record MessageParts(Optional<String> subject, Optional<String> greetingTarget, String content) {

    static MessageParts of(final String text) {
        final List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").strip().split("\n", -1)));
        Optional<String> subject = Optional.empty();
        if (!lines.isEmpty() && lines.get(0).strip().toLowerCase(Locale.ROOT).startsWith("subject:")) {
            subject = Optional.of(lines.remove(0).strip().substring("subject:".length()).strip());
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        Optional<String> greetingTarget = Optional.empty();
        if (!lines.isEmpty()) {
            final Matcher greeting = Wordlists.GREETING.matcher(lines.get(0).strip());
            if (greeting.find()) {
                greetingTarget = Optional.of(greeting.group(1).strip());
                final String rest = lines.get(0).strip().substring(greeting.end()).replaceFirst("^[,:]\\s*", "");
                lines.set(0, rest);
            }
        }
        final List<String> content = new ArrayList<>();
        for (final String line : lines) {
            if (Wordlists.CLOSING.matcher(line.strip()).matches()) {
                break;
            }
            content.add(line);
        }
        return new MessageParts(subject, greetingTarget, String.join("\n", content).strip());
    }
}
