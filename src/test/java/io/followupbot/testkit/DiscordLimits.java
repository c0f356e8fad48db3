package io.followupbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Discord's documented limits for what a bot sends, checked the way Discord's API refuses a request
 * (400, code 50035 "Invalid Form Body"): 2,000 characters of content, 5 action rows of at most 5 buttons,
 * 80-character button labels, 100-character custom ids; a modal with a title of at most 45 characters, at most
 * 5 inputs, 45-character labels, each text input's value within its own max_length (at most 4,000) and on one
 * line in a short input.
 */
public final class DiscordLimits {

    private static final int SHORT_STYLE = 1;

    private DiscordLimits() {
    }

    /** What Discord would refuse in a message or an interaction response body; empty when it is valid. */
    public static List<String> violations(final JsonNode body) {
        final List<String> problems = new ArrayList<>();
        final JsonNode payload = body.has("data") && body.has("type") ? body.path("data") : body;
        if (body.path("type").asInt() == 9) {
            modal(payload, problems);
            return problems;
        }
        if (payload.path("content").asText("").length() > 2000) {
            problems.add("content is " + payload.path("content").asText().length() + " characters (max 2000)");
        }
        final JsonNode rows = payload.path("components");
        if (rows.size() > 5) {
            problems.add(rows.size() + " action rows (max 5)");
        }
        for (final JsonNode row : rows) {
            if (row.path("components").size() > 5) {
                problems.add(row.path("components").size() + " buttons in a row (max 5)");
            }
            for (final JsonNode button : row.path("components")) {
                within(problems, "button label", button.path("label").asText(""), 80);
                within(problems, "custom_id", button.path("custom_id").asText(""), 100);
            }
        }
        return problems;
    }

    private static void modal(final JsonNode modal, final List<String> problems) {
        within(problems, "modal title", modal.path("title").asText(""), 45);
        within(problems, "modal custom_id", modal.path("custom_id").asText(""), 100);
        if (modal.path("components").size() > 5) {
            problems.add(modal.path("components").size() + " inputs in a modal (max 5)");
        }
        for (final JsonNode component : modal.path("components")) {
            within(problems, "label", component.path("label").asText(""), 45);
            final List<JsonNode> inputs = new ArrayList<>();
            component.findParents("style").forEach(inputs::add);
            for (final JsonNode input : inputs) {
                final int max = input.path("max_length").asInt(4000);
                final String value = input.path("value").asText("");
                if (max > 4000 || value.length() > max) {
                    problems.add("text input " + input.path("custom_id").asText() + " value of " + value.length()
                            + " characters over its max_length " + max);
                }
                if (input.path("style").asInt() == SHORT_STYLE && value.contains("\n")) {
                    problems.add("text input " + input.path("custom_id").asText() + " is single-line but its value has a line break");
                }
                within(problems, "input custom_id", input.path("custom_id").asText(""), 100);
            }
        }
    }

    private static void within(final List<String> problems, final String what, final String text, final int max) {
        if (text.length() > max) {
            problems.add(what + " is " + text.length() + " characters (max " + max + ")");
        }
    }

    /** Discord's limits on a command's definition (application commands: options, names, descriptions). */
    static List<String> commandViolations(final JsonNode commands) {
        final List<String> wrong = new ArrayList<>();
        for (final JsonNode command : commands) {
            checkOptions(command, "command " + command.path("name").asText(), wrong);
        }
        return wrong;
    }

    private static void checkOptions(final JsonNode holder, final String where, final List<String> wrong) {
        final String name = holder.path("name").asText();
        if (!name.matches("[-_\\p{Ll}\\p{N}]{1,32}")) {
            wrong.add(where + ": name '" + name + "' is not 1-32 lower-case word characters");
        }
        final int description = holder.path("description").asText().length();
        if (description < 1 || description > 100) {
            wrong.add(where + ": description of " + description + " characters (1-100)");
        }
        final JsonNode options = holder.path("options");
        if (options.size() > 25) {
            wrong.add(where + ": " + options.size() + " options (at most 25)");
        }
        for (final JsonNode option : options) {
            checkOptions(option, where + " > " + option.path("name").asText(), wrong);
        }
    }
}
