package io.followupbot.discord;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.MemberLanes;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.commands.CommandLines;
import io.followupbot.conversation.ConversationEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin layer between Discord and the engine. Every interaction is acknowledged at once on JDA's
 * thread ({@code deferReply}, ephemeral in a server), the engine works on the member's lane, and the answer
 * follows through the interaction hook. In a server, the intake moves to the member's DMs.
 */
final class DiscordListener extends ListenerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordListener.class);

    private final ConversationEngine engine;
    private final DiscordMembers members;
    private final ButtonIds buttonIds;
    private final DiscordMessages messages;
    private final FormSubmissions forms;
    private final DmNotices notices;
    private final MemberLanes lanes;

    DiscordListener(final ConversationEngine engine, final DiscordMembers members, final ButtonIds buttonIds,
                    final DmNotices notices, final MemberLanes lanes) {
        this.engine = engine;
        this.members = members;
        this.buttonIds = buttonIds;
        this.messages = new DiscordMessages(buttonIds);
        this.forms = new FormSubmissions(engine);
        this.notices = notices;
        this.lanes = lanes;
    }

    @Override
    public void onSlashCommandInteraction(final SlashCommandInteractionEvent event) {
        if (!event.getName().equals(FollowupCommand.NAME)) {
            return;
        }
        final String subcommand = event.getSubcommandName() == null ? "new" : event.getSubcommandName();
        if (subcommand.equals(DiscordAdmin.SUBCOMMAND)) {
            return;
        }
        final OptionMapping id = event.getOption(FollowupCommand.ID);
        if (subcommand.equals("edit") && id != null) {
            forms.openEdit(event, id.getAsInt());
            return;
        }
        if (subcommand.equals("settings") && event.getOption("key") == null) {
            forms.openSettings(event);
            return;
        }
        final String line = FollowupCommand.commandLine(subcommand,
                name -> Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString));
        final boolean inServer = shared(event);
        final Source source = new Source(event.getJDA(), event.getUser(), event.getChannelId(), inServer);
        event.deferReply(inServer).queue();
        final InteractionHook hook = event.getHook();
        lanes.submit(source.userId(), () -> answer(hook, source, Inbound.Kind.COMMAND, line));
    }

    @Override
    public void onCommandAutoCompleteInteraction(final CommandAutoCompleteInteractionEvent event) {
        if (!event.getName().equals(FollowupCommand.NAME)
                || !event.getFocusedOption().getName().equals(FollowupCommand.ID)) {
            event.replyChoices(List.of()).queue();
            return;
        }
        final List<Command.Choice> choices = members.interviews(event.getUser().getId(),
                event.getFocusedOption().getValue()).stream()
                .map(interview -> new Command.Choice(interview.label(), interview.number())).toList();
        event.replyChoices(choices).queue();
    }

    @Override
    public void onButtonInteraction(final ButtonInteractionEvent event) {
        final Optional<String> value = buttonIds.valueOf(event.getComponentId());
        if (value.isEmpty()) {
            event.reply("This button has expired. Type /followup help to see the commands.")
                    .setEphemeral(true).queue();
            return;
        }
        final Optional<Integer> edited = CommandLines.editedInterview(value.get());
        if (edited.isPresent()) {
            forms.openEdit(event, edited.get());
            return;
        }
        final boolean inServer = shared(event);
        final Source source = new Source(event.getJDA(), event.getUser(), event.getChannelId(), inServer);
        event.deferReply(inServer).queue();
        final InteractionHook hook = event.getHook();
        lanes.submit(source.userId(), () -> answer(hook, source, Inbound.Kind.BUTTON, value.get()));
    }

    @Override
    public void onModalInteraction(final ModalInteractionEvent event) {
        if (AdminForms.owns(event.getModalId())) {
            return;
        }
        final Map<String, String> submitted = new HashMap<>();
        for (final ModalMapping mapping : event.getValues()) {
            submitted.put(mapping.getCustomId(), mapping.getAsString());
        }
        final boolean inServer = shared(event);
        final Source source = new Source(event.getJDA(), event.getUser(), event.getChannelId(), inServer);
        final Optional<Integer> edited = Forms.editedNumber(event.getModalId());
        final boolean settings = event.getModalId().equals(Forms.SETTINGS);
        if (edited.isEmpty() && !settings) {
            event.reply("I don't know that form.").setEphemeral(true).queue();
            return;
        }
        event.deferReply(inServer).queue();
        final InteractionHook hook = event.getHook();
        lanes.submit(source.userId(), () -> {
            final Reply reply = settings
                    ? forms.settings(source.userId(), submitted)
                    : forms.edit(source.userId(), edited.get(), submitted);
            reply(hook, source, reply);
        });
    }

    /** A direct message to the bot: the intake's answers, or any command typed without /followup. */
    @Override
    public void onMessageReceived(final MessageReceivedEvent event) {
        if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot() || event.getAuthor().isSystem()
                || event.isWebhookMessage()) {
            return;
        }
        final Source source = new Source(event.getJDA(), event.getAuthor(), event.getChannel().getId(), false);
        final String text = event.getMessage().getContentRaw();
        final PrivateChannel channel = event.getChannel().asPrivateChannel();
        final List<Message.Attachment> files = event.getMessage().getAttachments();
        lanes.submit(source.userId(), () -> {
            final Inbound said = source.inbound(Inbound.Kind.MESSAGE, text);
            final Reply reply = engine.handle(files.isEmpty() ? said : DiscordFiles.shared(said, files.get(0)));
            for (final MessageCreateData message : messagesFor(source).render(withNotice(source, reply))) {
                channel.sendMessage(message).complete();
            }
        });
    }

    /** The rendering of replies to this member: their long button ids are kept for them. */
    private DiscordMessages messagesFor(final Source source) {
        return messages.ownedBy(new ButtonIds.Owner(source.userId(), Optional.empty()));
    }

    private void answer(final InteractionHook hook, final Source source, final Inbound.Kind kind, final String line) {
        final Reply reply = engine.handle(source.inbound(kind, line));
        if (source.inServer() && reply.moveToDm()) {
            moveToDm(hook, source, reply);
            return;
        }
        reply(hook, source, reply);
    }

    private void reply(final InteractionHook hook, final Source source, final Reply reply) {
        if (source.inServer()) {
            notices.remember(source.userId(), hook);
        }
        for (final MessageCreateData message : messagesFor(source).render(withNotice(source, reply))) {
            hook.sendMessage(message).setEphemeral(source.inServer()).complete();
        }
    }

    /** The intake continues in DMs: its first question goes there, and the server only hears where to look. */
    private void moveToDm(final InteractionHook hook, final Source source, final Reply reply) {
        notices.remember(source.userId(), hook);
        try {
            final PrivateChannel dm = source.jda().openPrivateChannelById(source.userId()).complete();
            for (final MessageCreateData message : messagesFor(source).render(reply)) {
                dm.sendMessage(message).complete();
            }
            hook.sendMessage("I've sent you a direct message: let's continue there, one question at a time, so "
                    + "your notes stay private.").setEphemeral(true).complete();
        } catch (final RuntimeException failure) {
            if (!DmFailures.refused(failure)) {
                throw failure;
            }
            LOG.info("a member's DMs refuse the bot; told them how to allow DMs");
            hook.sendMessage(DmFailures.HOW_TO_ALLOW_DMS + "\nOnce they're open, type /followup new and we'll carry "
                    + "on where we were.").setEphemeral(true).complete();
        }
    }

    private Reply withNotice(final Source source, final Reply reply) {
        if (!notices.takePending(source.userId())) {
            return reply;
        }
        final List<Outbound> all = new ArrayList<>();
        all.add(Outbound.text(DmFailures.HOW_TO_ALLOW_DMS));
        all.addAll(reply.messages());
        return new Reply(all, reply.personal(), reply.moveToDm());
    }

    /**
     * Whether others may see the answer: anywhere but the member's own DM with the bot (a server channel, a group
     * DM or a DM with a friend through a user install). There, personal answers are ephemeral, and a conversation
     * moves to the DM with the bot. An interaction without a context (older clients) counts as shared in a server.
     */
    static boolean shared(final Interaction interaction) {
        final InteractionContextType context = interaction.getContext();
        if (context == InteractionContextType.BOT_DM) {
            return false;
        }
        return context != InteractionContextType.UNKNOWN || interaction.isFromGuild();
    }

    /** Who acted and where ({@code inServer}: anywhere others may see, see {@link #shared}). */
    private record Source(JDA jda, User user, String channelId, boolean inServer) {

        String userId() {
            return user.getId();
        }

        Inbound inbound(final Inbound.Kind kind, final String text) {
            return new Inbound(DiscordMembers.key(user.getId()), user.getEffectiveName(), Optional.empty(),
                    channelId, kind, text);
        }
    }
}
