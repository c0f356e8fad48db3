package io.followupbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack's documented Block Kit limits, checked the way the Web API refuses a call ({@code invalid_blocks}):
 * 50 blocks in a message and 100 in a view, 3,000 characters of section text, 10 fields of 2,000 characters,
 * 25 buttons in an actions block with 75-character texts and 2,000-character values, 255-character action
 * ids, 10 context elements; a modal title of at most 24 characters and button texts (submit, close) of 24.
 */
final class SlackLimits {

    private SlackLimits() {
    }

    static List<String> message(final JsonNode blocks) {
        final List<String> problems = new ArrayList<>();
        if (blocks.size() > 50) {
            problems.add(blocks.size() + " blocks in a message (max 50)");
        }
        blocks.forEach(block -> block(block, problems));
        return problems;
    }

    static List<String> view(final JsonNode view) {
        final List<String> problems = new ArrayList<>();
        if (view.path("blocks").size() > 100) {
            problems.add(view.path("blocks").size() + " blocks in a view (max 100)");
        }
        if (view.path("type").asText().equals("modal")) {
            within(problems, "modal title", view.path("title").path("text").asText(""), 24);
            within(problems, "modal submit", view.path("submit").path("text").asText(""), 24);
            within(problems, "modal close", view.path("close").path("text").asText(""), 24);
        }
        view.path("blocks").forEach(block -> block(block, problems));
        return problems;
    }

    private static void block(final JsonNode block, final List<String> problems) {
        within(problems, "section text", block.path("text").path("text").asText(""), 3000);
        if (block.path("fields").size() > 10) {
            problems.add(block.path("fields").size() + " fields in a section (max 10)");
        }
        block.path("fields").forEach(field -> within(problems, "field", field.path("text").asText(""), 2000));
        if (block.path("type").asText().equals("context") && block.path("elements").size() > 10) {
            problems.add(block.path("elements").size() + " context elements (max 10)");
        }
        if (block.path("type").asText().equals("actions") && block.path("elements").size() > 25) {
            problems.add(block.path("elements").size() + " elements in an actions block (max 25)");
        }
        for (final JsonNode element : block.path("elements")) {
            if (element.path("type").asText().equals("button")) {
                within(problems, "button text", element.path("text").path("text").asText(""), 75);
                within(problems, "button value", element.path("value").asText(""), 2000);
                within(problems, "action_id", element.path("action_id").asText(""), 255);
            }
            within(problems, "context text", element.path("text").asText(""), 3000);
        }
        within(problems, "input label", block.path("label").path("text").asText(""), 2000);
    }

    private static void within(final List<String> problems, final String what, final String text, final int max) {
        if (text.length() > max) {
            problems.add(what + " is " + text.length() + " characters (max " + max + ")");
        }
    }
}
