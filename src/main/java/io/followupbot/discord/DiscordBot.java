package io.followupbot.discord;

import io.followupbot.chat.MemberLanes;
import io.followupbot.community.Communities;
import io.followupbot.config.BotConfig;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.delivery.Nudge;
import io.followupbot.followup.ButtonCommands;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.delivery.pacing.Lane;
import io.followupbot.delivery.pacing.PacedCall;
import io.followupbot.delivery.pacing.Pacer;
import io.followupbot.interview.Member;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord adapter: one JDA session with only the {@code DIRECT_MESSAGES} intent (slash commands,
 * buttons and modals arrive as interactions, which need no intent; DM text needs no privileged intent),
 * no member cache and no gateway compression. It registers {@code /followup} on start, answers members
 * through {@link DiscordListener}, and delivers nudges to members' DMs.
 */
public final class DiscordBot implements NudgeSender, UnreachableNotifier, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final int LANES = 4;

    private final JDA jda;
    private final MemberLanes lanes;
    private final DiscordMessages messages;
    private final DmNotices notices;
    private volatile Pacer pacer = Pacer.unlimited();

    private DiscordBot(final JDA jda, final MemberLanes lanes, final DiscordMessages messages,
                       final DmNotices notices) {
        this.jda = jda;
        this.lanes = lanes;
        this.messages = messages;
        this.notices = notices;
    }

    /** Connects, waits for READY, and registers {@code /followup} (to the test guild when one is set). */
    public static DiscordBot start(final BotConfig.Discord config, final ConversationEngine engine,
                                   final DiscordMembers members, final Communities communities) {
        return start(config, engine, members, communities, Optional.empty());
    }

    /** @param buttons where button commands too long for a custom id are kept, so they work after a restart */
    public static DiscordBot start(final BotConfig.Discord config, final ConversationEngine engine,
                                   final DiscordMembers members, final Communities communities,
                                   final Optional<ButtonCommands> buttons) {
        // No message of the bot pings anyone: allowed_mentions is empty on every message (member text such as
        // @everyone or <@id> is shown, never notified). JDA's default for every message built from now on.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        final ButtonIds buttonIds = new ButtonIds(buttons);
        final DmNotices notices = new DmNotices();
        final MemberLanes lanes = new MemberLanes("discord", LANES, 1);
        final CompletableFuture<Void> ready = new CompletableFuture<>();
        final boolean testGuild = !config.testGuild().isBlank();
        final JDABuilder builder = JDABuilder.createLight(config.token().reveal(),
                        EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
                .setCompression(Compression.NONE)
                .setMemberCachePolicy(MemberCachePolicy.NONE)
                .setAutoReconnect(true)
                .addEventListeners(new DiscordAdmin(communities, new DiscordMessages(buttonIds), lanes),
                        new DiscordListener(engine, members, buttonIds, notices, lanes),
                        (EventListener) event -> {
                            if (event instanceof ReadyEvent) {
                                ready.complete(null);
                            }
                        });
        config.apiUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(withSlash(url))));
        config.gatewayUrl().ifPresent(url -> builder.setSessionController(new FixedGatewayController(url.toString())));
        final JDA jda;
        try {
            jda = builder.build();
        } catch (final RuntimeException failure) {
            lanes.close();
            throw new IllegalStateException("could not log in to Discord: " + failure.getClass().getSimpleName());
        }
        final DiscordBot bot = new DiscordBot(jda, lanes, new DiscordMessages(buttonIds), notices);
        try {
            ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            bot.registerCommands(config.testGuild());
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            bot.close();
            throw new IllegalStateException("interrupted while connecting to Discord");
        } catch (final ExecutionException | TimeoutException | RuntimeException failure) {
            bot.close();
            throw new IllegalStateException("Discord did not become ready: " + failure.getClass().getSimpleName());
        }
        LOG.info("discord: connected as {}, /followup registered{}", jda.getSelfUser().getName(),
                testGuild ? " to test guild " + config.testGuild() : " globally");
        return bot;
    }

    private void registerCommands(final String testGuild) {
        if (!testGuild.isBlank()) {
            final Guild guild = jda.getGuildById(testGuild);
            if (guild != null) {
                guild.updateCommands().addCommands(FollowupCommand.definition()).complete();
                return;
            }
            LOG.warn("discord: the bot is not in test guild {}; registering /followup globally", testGuild);
        }
        jda.updateCommands().addCommands(FollowupCommand.definition()).complete();
    }

    /** Paces the nudges with {@code newPacer}: the bot's global budget and each DM channel's. */
    public void pacing(final Pacer newPacer) {
        this.pacer = newPacer;
    }

    /**
     * Opens the member's DM and sends the nudge, in the bulk lane of the bot's budget ({@link Pacer}). Rate limits
     * (429) that still come are waited out by JDA itself, which follows Discord's bucket headers; a refused
     * DM (50007, 50278) is permanent; any other failure is passing.
     */
    @Override
    public SendResult send(final Nudge nudge) {
        final List<MessageCreateData> rendered = messages.ownedBy(new ButtonIds.Owner(nudge.memberKey().userId(),
                Optional.of(nudge.stepId()))).render(nudge.message());
        try {
            final PrivateChannel dm = jda.openPrivateChannelById(nudge.memberKey().userId()).submit()
                    .get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            for (final MessageCreateData message : rendered) {
                pacer.acquire(Lane.BULK, new PacedCall(DiscordMembers.PLATFORM, "bot", "POST /channels/{id}/messages",
                        dm.getId()));
                dm.sendMessage(message).submit().get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            return SendResult.delivered();
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SendResult.retryLater("interrupted");
        } catch (final ExecutionException | TimeoutException | RuntimeException failure) {
            return DmFailures.toSendResult(failure);
        }
    }

    @Override
    public void memberUnreachable(final Member member, final String reason) {
        if (member.key().platform().equals(DiscordMembers.PLATFORM)) {
            notices.dmRefused(member.key().userId());
        }
    }

    @Override
    public void close() {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(5))) {
                jda.shutdownNow();
            }
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
        lanes.close();
    }

    private static String withSlash(final URI url) {
        final String text = url.toString();
        return text.endsWith("/") ? text : text + "/";
    }
}
