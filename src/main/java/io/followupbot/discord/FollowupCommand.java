package io.followupbot.discord;

import io.followupbot.drafts.DraftKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The global {@code /followup} command: one subcommand per engine command, with typed options, and the
 * way back from a chosen subcommand and its options to the command line the engine reads
 * ({@code /followup draft id:3 kind:check_in} becomes {@code draft 3 check_in}).
 */
final class FollowupCommand {

    static final String NAME = "followup";
    static final String ID = "id";

    /** Each subcommand's options, in the order they appear in the command line. */
    private static final Map<String, List<String>> OPTION_ORDER = Map.ofEntries(
            Map.entry("new", List.of()), Map.entry("list", List.of()), Map.entry("help", List.of()),
            Map.entry("export", List.of()), Map.entry("forget-me", List.of()),
            Map.entry("show", List.of(ID)), Map.entry("plan", List.of(ID)), Map.entry("draft", List.of(ID, "kind")),
            Map.entry("sent", List.of(ID, "step")), Map.entry("heard", List.of(ID, "reply")),
            Map.entry("offer", List.of(ID)), Map.entry("withdraw", List.of(ID)),
            Map.entry("snooze", List.of(ID, "when")), Map.entry("edit", List.of(ID)),
            Map.entry("archive", List.of(ID)), Map.entry("skip", List.of(ID, "step")),
            Map.entry("debrief", List.of(ID)), Map.entry("check", List.of("text")),
            Map.entry("settings", List.of("key", "value")));

    private FollowupCommand() {
    }

    static SlashCommandData definition() {
        final List<SubcommandData> subcommands = new ArrayList<>();
        subcommands.add(new SubcommandData("new", "Tell me about an interview (the questions continue in our DM)"));
        subcommands.add(new SubcommandData("list", "Your interviews, their stage and what's next"));
        subcommands.add(withId("show", "Everything about one interview"));
        subcommands.add(withId("plan", "The dated follow-up plan of one interview"));
        subcommands.add(withId("draft", "The draft for an interview's next step, or of a kind you choose")
                .addOptions(draftKinds()));
        subcommands.add(withId("sent", "You sent the next message (or the step you name)")
                .addOption(OptionType.STRING, "step", "The step, for example thank_you or check_in", false));
        subcommands.add(withId("heard", "They replied: still deciding, a new date, a rejection, an offer")
                .addOptions(new OptionData(OptionType.STRING, "reply", "What they said", false)
                        .addChoice("Still deciding, new date", "new-date").addChoice("Still deciding", "deciding")
                        .addChoice("Rejected", "rejected").addChoice("Offer", "offer")
                        .addChoice("I have another offer", "competing").addChoice("Something else", "other")));
        subcommands.add(withId("offer", "They made you an offer"));
        subcommands.add(withId("withdraw", "You're no longer interested: a gracious note to withdraw"));
        subcommands.add(withId("snooze", "Remind you later")
                .addOption(OptionType.STRING, "when", "For example tomorrow or next Monday", false));
        subcommands.add(withId("edit", "Change the company, role or decision date"));
        subcommands.add(withId("archive", "Stop the nudges for one interview"));
        subcommands.add(withId("skip", "You won't send a step: it leaves the plan")
                .addOption(OptionType.STRING, "step", "The step, for example thank_you (leave out for the next one)",
                        false));
        subcommands.add(withId("debrief", "After an interview you told me about in advance: who you met, what "
                + "stood out"));
        subcommands.add(new SubcommandData("check", "Review a message you wrote before you send it")
                .addOption(OptionType.STRING, "text", "The message (start with an interview number to check "
                        + "against it)", true));
        subcommands.add(new SubcommandData("settings", "Time zone, nudge hour, quiet hours, cadence, name")
                .addOptions(new OptionData(OptionType.STRING, "key", "Which setting (leave out for a form)", false)
                        .addChoice("zone", "zone").addChoice("country", "country")
                        .addChoice("nudge-hour", "nudge-hour").addChoice("quiet", "quiet")
                        .addChoice("cadence", "cadence").addChoice("name", "name")
                        .addChoice("signature", "signature"),
                        new OptionData(OptionType.STRING, "value", "The new value", false)));
        subcommands.add(new SubcommandData("export", "Your data as a spreadsheet, a JSON file and a calendar"));
        subcommands.add(new SubcommandData("forget-me", "Delete everything I know about you"));
        subcommands.add(new SubcommandData("help", "What I can do"));
        subcommands.add(new SubcommandData(DiscordAdmin.SUBCOMMAND, "For server admins: the community's defaults "
                + "and draft wording").addOptions(draftKinds().setName(DiscordAdmin.TEMPLATE_OPTION)
                .setDescription("Change the wording of this draft"), new OptionData(OptionType.BOOLEAN,
                DiscordAdmin.STATS_OPTION, "Show the community's anonymous figures", false)));
        return Commands.slash(NAME, "Follow up after your job interviews")
                .addSubcommands(subcommands)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM,
                        InteractionContextType.PRIVATE_CHANNEL);
    }

    /**
     * The engine's command line for a subcommand and its options, e.g. {@code sent 3 thank_you}. A bare
     * {@code /followup new} is the empty line: the engine starts (or resumes) the intake.
     */
    static String commandLine(final String subcommand, final Function<String, Optional<String>> option) {
        final List<String> order = OPTION_ORDER.get(subcommand);
        if (order == null) {
            return "help";
        }
        if (subcommand.equals("new")) {
            return "";
        }
        final StringBuilder line = new StringBuilder(subcommand);
        for (final String name : order) {
            option.apply(name).map(String::strip).filter(value -> !value.isEmpty())
                    .ifPresent(value -> line.append(' ').append(value));
        }
        return line.toString();
    }

    private static SubcommandData withId(final String name, final String description) {
        return new SubcommandData(name, description).addOptions(
                new OptionData(OptionType.INTEGER, ID, "The interview's number (list shows them)", true, true)
                        .setMinValue(1));
    }

    private static OptionData draftKinds() {
        final OptionData kinds = new OptionData(OptionType.STRING, "kind", "A kind of draft", false);
        for (final DraftKind kind : DraftKind.values()) {
            kinds.addChoice(kind.key(), kind.key());
        }
        return kinds;
    }
}
