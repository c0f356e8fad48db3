package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.CommunityChoices;
import io.followupbot.followup.Setting;
import io.followupbot.interview.ListInWords;
import io.followupbot.interview.Member;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.forms.FormEdits;
import io.followupbot.conversation.views.PauseViews;
import io.followupbot.conversation.Transition;

/**
 * {@code settings [name value]}: the member's settings, or one changed (and their open interviews replanned).
 * Which settings exist, what each accepts and how a change is checked and saved is the application layer's one
 * form model ({@link Setting}, {@code SettingsForms}), the same that Slack's, Discord's and the web chat's forms
 * submit to; this command only reads the typed line.
 */
final class SettingsCommand implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("settings", "settings", "time zone, country, nudge hour, quiet "
            + "hours, cadence, weekly goal, name and signature", "Time zone, country, nudge hour, quiet hours, "
            + "cadence, weekly goal, name, signature, digest, stats", CommandArgument.choiceOf("key", "Which setting (leave out for a form)",
            Stream.concat(Arrays.stream(Setting.values()).map(Setting::key), CommunityChoices.KEYS.stream()).toList()),
            CommandArgument.text("value", "The new value", false));

    private final CommandTools tools;

    SettingsCommand(final CommandTools tools) {
        this.tools = tools;
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final String[] words = rest.split("\\s+", 2);
        final String key = words[0].toLowerCase(Locale.ROOT);
        final String value = words.length > 1 ? words[1].strip() : "";
        if (key.isBlank()) {
            final List<Outbound.Field> fields = new ArrayList<>(settingsFields(member));
            tools.parts().choices().ifPresent(choices -> fields.addAll(choices.fields(member)));
            tools.members().pauses().until(member).ifPresent(until -> fields.add(PauseViews.field(until,
                    member.settings().zone())));
            return Command.stay(state, Reply.of(Outbound.text("Your settings (change one with settings <name> <value>, "
                    + "for example settings zone Europe/Berlin or settings cadence gentle):").withFields(fields)));
        }
        if (CommunityChoices.KEYS.contains(key)) {
            return Command.stay(state, tools.parts().choices().map(choices -> choices.change(member, key, value))
                    .orElseGet(() -> Reply.text("There's no community here, so there's no " + key + " to change.")));
        }
        final Optional<Setting> setting = Setting.named(key);
        if (setting.isEmpty()) {
            return Command.stay(state, Reply.text("I don't know the setting \""
                    + CommandTools.echo(key, CommandTools.ECHO_WORD) + "\". Settings are " + names() + "."));
        }
        return Command.stay(state, tools.forms().setting(member, setting.get(), value));
    }

    /** Every setting's name, the community's choices too when there is a community: "zone, ..., digest and stats". */
    private String names() {
        final List<String> names = new ArrayList<>(Arrays.stream(Setting.values()).map(Setting::key).toList());
        tools.parts().choices().ifPresent(choices -> names.addAll(CommunityChoices.KEYS));
        return ListInWords.and(names);
    }

    static List<Outbound.Field> settingsFields(final Member member) {
        return FormEdits.settingsFields(member.settings());
    }
}
