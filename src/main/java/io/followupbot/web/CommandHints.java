package io.followupbot.web;

import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.CommandRegistry;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/commands}: every command of the registry, for the web page's list of what a member can type
 * (the same commands, examples and descriptions as help, Slack's usage hint and Discord's subcommands).
 */
final class CommandHints {

    private static final Map<String, Object> BODY = Map.of("commands", CommandRegistry.all().stream()
            .map(CommandHints::command).toList());

    private CommandHints() {
    }

    static void routes(final RoutesConfig routes) {
        routes.get("/api/commands", context -> context.json(BODY));
    }

    private static Map<String, Object> command(final CommandSpec spec) {
        return Map.of("name", spec.name(), "example", spec.example(), "usage", spec.usage(),
                "description", spec.description(), "arguments", arguments(spec.arguments()));
    }

    private static List<Map<String, Object>> arguments(final List<CommandArgument> arguments) {
        return arguments.stream().map(argument -> Map.<String, Object>of("name", argument.name(),
                "kind", argument.kind().name().toLowerCase(java.util.Locale.ROOT), "required", argument.required(),
                "choices", argument.choices().stream().map(CommandArgument.Choice::value).toList())).toList();
    }
}
