package io.followupbot.discord;

import io.followupbot.chat.MemberLanes;
import io.followupbot.drafts.DraftKind;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import io.followupbot.community.Communities;
import io.followupbot.community.CommunityAnswer;
import io.followupbot.community.CommunityKey;
import io.followupbot.community.CommunityReplies;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The community's side on Discord. {@code /followup admin} opens the server's settings for members with Manage
 * Server (the permissions Discord sends with the interaction); anyone else gets one line. Every slash command
 * used in a server also records that server as the member's community, whose defaults then apply to them.
 * Registered before {@link DiscordListener}, on the same member lanes, so the community is known first.
 */
final class DiscordAdmin extends ListenerAdapter {

    static final String SUBCOMMAND = "admin";
    static final String TEMPLATE_OPTION = "template";
    static final String STATS_OPTION = "stats";
    private static final String IN_A_SERVER = "Community settings belong to a server: use /followup admin in "
            + "your server.";

    private static final Logger LOG = LoggerFactory.getLogger(DiscordAdmin.class);

    private final Communities communities;
    private final DiscordMessages messages;
    private final MemberLanes lanes;

    DiscordAdmin(final Communities communities, final DiscordMessages messages, final MemberLanes lanes) {
        this.communities = communities;
        this.messages = messages;
        this.lanes = lanes;
    }

    /** Removed from a server (or the server was deleted): the server's community settings go with it. */
    @Override
    public void onGuildLeave(final GuildLeaveEvent event) {
        final String server = event.getGuild().getId();
        lanes.submit("server:" + server, () -> {
            communities.left(DiscordMembers.PLATFORM, server);
            LOG.info("left Discord server {}: its community settings are deleted", server);
        });
    }

    @Override
    public void onSlashCommandInteraction(final SlashCommandInteractionEvent event) {
        if (!event.getName().equals(FollowupCommand.NAME)) {
            return;
        }
        if (event.getGuild() != null) {
            final String guild = event.getGuild().getId();
            final String user = event.getUser().getId();
            lanes.submit(user, () -> communities.joined(DiscordMembers.key(user), guild));
        }
        if (!SUBCOMMAND.equals(event.getSubcommandName()) || refused(event, event.getMember())) {
            return;
        }
        final CommunityKey community = community(event.getGuild().getId());
        if (Optional.ofNullable(event.getOption(STATS_OPTION)).map(OptionMapping::getAsBoolean).orElse(false)) {
            event.deferReply(true).queue();
            final InteractionHook hook = event.getHook();
            lanes.submit(event.getUser().getId(), () -> send(hook, CommunityReplies.of(communities.stats(community))));
            return;
        }
        final Optional<DraftKind> kind = Optional.ofNullable(event.getOption(TEMPLATE_OPTION))
                .map(OptionMapping::getAsString).flatMap(DraftKind::fromKey);
        if (kind.isPresent()) {
            final String current = communities.templates(community).getOrDefault(kind.get().key(), "");
            event.replyModal(AdminForms.template(kind.get(), current)).queue();
            return;
        }
        event.replyModal(AdminForms.settings(communities.show(community).values())).queue();
    }

    @Override
    public void onModalInteraction(final ModalInteractionEvent event) {
        if (!AdminForms.owns(event.getModalId()) || refused(event, event.getMember())) {
            return;
        }
        final Map<String, String> submitted = new HashMap<>();
        for (final ModalMapping mapping : event.getValues()) {
            submitted.put(mapping.getCustomId(), mapping.getAsString());
        }
        final CommunityKey community = community(event.getGuild().getId());
        final Optional<DraftKind> kind = AdminForms.templateKind(event.getModalId());
        event.deferReply(true).queue();
        final InteractionHook hook = event.getHook();
        lanes.submit(event.getUser().getId(), () -> {
            final CommunityAnswer answer = kind.isPresent()
                    ? communities.template(community, kind.get().key(), submitted.getOrDefault(AdminForms.TEMPLATE_INPUT, ""))
                    : communities.change(community, AdminForms.changes(submitted, communities.show(community).values()));
            send(hook, CommunityReplies.of(answer));
        });
    }

    private void send(final InteractionHook hook, final io.followupbot.chat.Reply reply) {
        for (final MessageCreateData message : messages.render(reply)) {
            hook.sendMessage(message).setEphemeral(true).complete();
        }
    }

    /** Outside a server, or without Manage Server (as Discord computed it for this channel): one line, and true. */
    private static boolean refused(final IReplyCallback event, final Member member) {
        if (member == null || event.getGuild() == null) {
            event.reply(IN_A_SERVER).setEphemeral(true).queue();
            return true;
        }
        if (!member.hasPermission(event.getGuildChannel(), Permission.MANAGE_SERVER)) {
            event.reply(CommunityAnswer.NOT_ADMIN_LINE).setEphemeral(true).queue();
            return true;
        }
        return false;
    }

    private static CommunityKey community(final String guildId) {
        return new CommunityKey(DiscordMembers.PLATFORM, guildId);
    }

    /** {@code /followup admin}: the one subcommand only Discord has (the web chat's operator uses the command line). */
    static SubcommandData subcommand() {
        final OptionData kinds = new OptionData(OptionType.STRING, TEMPLATE_OPTION, "Change the wording of this draft",
                false);
        for (final DraftKind kind : DraftKind.values()) {
            kinds.addChoice(kind.key(), kind.key());
        }
        return new SubcommandData(SUBCOMMAND, "For server admins: the community's defaults and draft wording")
                .addOptions(kinds, new OptionData(OptionType.BOOLEAN, STATS_OPTION,
                        "Show the community's anonymous figures", false));
    }
}
