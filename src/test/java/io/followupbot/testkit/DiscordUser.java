package io.followupbot.testkit;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;

/**
 * A Discord user acting through the emulator: slash commands (in a server channel or the bot's DM),
 * autocomplete, button clicks, modal submissions and DM messages, as the real gateway shapes them.
 * Each interaction gets a fresh id and token, returned so the test can look for the bot's answer.
 */
public final class DiscordUser {

    public static final String GUILD_ID = "800000000000000001";
    public static final String CHANNEL_ID = "800000000000000002";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** How long a test waits for the bot's answer. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    private final DiscordEmulator discord;
    private final String userId;
    private final String name;
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    /**
     * The member's permissions in the server channel, as Discord computes them and sends them in every guild
     * interaction's {@code member.permissions}: a plain member's unless {@link #withManageServer}.
     */
    private volatile long permissions = MEMBER_PERMISSIONS;
    private static final long MEMBER_PERMISSIONS = 2248473465835073L;
    /** Discord's MANAGE_GUILD bit ("Manage Server"). */
    private static final long MANAGE_GUILD = 1L << 5;

    /** One interaction sent: its id and token, to find the bot's callback and follow-ups. */
    public record Sent(String id, String token) {
    }

    public DiscordUser(final DiscordEmulator discord, final String userId, final String name) {
        this.discord = discord;
        this.userId = userId;
        this.name = name;
    }

    /** This member may manage the server (a role with Manage Server), as Discord then reports it. */
    public DiscordUser withManageServer() {
        permissions |= MANAGE_GUILD;
        return this;
    }

    public String id() {
        return userId;
    }

    /** Everything the bot said to this user: DMs, and follow-ups to their interactions, in order sent. */
    public String transcript() {
        final StringBuilder text = new StringBuilder();
        for (final DiscordEmulator.Request request : discord.requests()) {
            final boolean toDm = request.path().contains("/channels/" + dmChannel() + "/messages");
            final boolean followup = request.method().equals("POST") && request.path().contains("/webhooks/")
                    && tokens.stream().anyMatch(token -> request.path().endsWith("/" + token));
            if (toDm || followup) {
                text.append(request.content()).append("\n---\n");
            }
        }
        return text.toString();
    }

    public String dmChannel() {
        return DiscordEmulator.dmChannelOf(userId);
    }

    /** {@code /followup <subcommand> option:value ...} in the server channel. */
    public Sent slashInServer(final String subcommand, final Object... options) {
        return send(interaction(2, true).set("data", slashData(subcommand, false, options)));
    }

    public Sent slashInDm(final String subcommand, final Object... options) {
        return send(interaction(2, false).set("data", slashData(subcommand, false, options)));
    }

    /**
     * {@code /followup <subcommand>} through a user install in a DM between this user and a friend (context
     * PRIVATE_CHANNEL): the friend sees whatever is not ephemeral.
     */
    public Sent slashInFriendDm(final String friendId, final String subcommand, final Object... options) {
        final ObjectNode interaction = interaction(2, false);
        final String channelId = "900000000000000009";
        interaction.put("channel_id", channelId).put("context", 2);
        final ObjectNode channel = NODES.objectNode().put("id", channelId).put("type", 1).put("flags", 0)
                .putNull("last_message_id");
        channel.set("recipients", NODES.arrayNode().add(DiscordEmulator.user(friendId, "friend")));
        interaction.set("channel", channel);
        return send(interaction.set("data", slashData(subcommand, false, options)));
    }

    /** Typing into an option with autocomplete: the focused option is the last pair. */
    public Sent autocomplete(final String subcommand, final Object... options) {
        return send(interaction(4, true).set("data", slashData(subcommand, true, options)));
    }

    public Sent clickInDm(final String customId) {
        return click(customId, false);
    }

    public Sent clickInServer(final String customId) {
        return click(customId, true);
    }

    public Sent submitModal(final String modalId, final boolean inServer, final Map<String, String> values) {
        final ArrayNode components = NODES.arrayNode();
        int unique = 1;
        for (final Map.Entry<String, String> value : values.entrySet()) {
            final ObjectNode input = NODES.objectNode().put("type", 4).put("id", unique + 1)
                    .put("custom_id", value.getKey()).put("value", value.getValue());
            components.add(NODES.objectNode().put("type", 18).put("id", unique).set("component", input));
            unique += 2;
        }
        final ObjectNode data = NODES.objectNode().put("custom_id", modalId);
        data.set("components", components);
        return send(interaction(5, inServer).set("data", data));
    }

    /** A direct message to the bot (MESSAGE_CREATE in the DM channel). */
    public void dm(final String text) {
        dm(text, NODES.arrayNode());
    }

    /** A DM with a file attached (Discord also attaches a long paste as {@code message.txt}). */
    public void dmWithFile(final String fileName, final byte[] content, final String contentType) {
        dm("", NODES.arrayNode().add(discord.attachment(dmChannel(), fileName, content, contentType)));
    }

    private void dm(final String text, final com.fasterxml.jackson.databind.node.ArrayNode attachments) {
        final ObjectNode message = NODES.objectNode().put("id", DiscordEmulator.snowflake())
                .put("channel_id", dmChannel()).put("type", 0).put("content", text)
                .put("timestamp", "2026-03-02T10:00:00.000000+00:00").putNull("edited_timestamp").put("tts", false)
                .put("mention_everyone", false).put("pinned", false).put("flags", 0);
        message.set("author", DiscordEmulator.user(userId, name));
        message.set("mentions", NODES.arrayNode());
        message.set("mention_roles", NODES.arrayNode());
        message.set("attachments", attachments);
        message.set("embeds", NODES.arrayNode());
        message.set("components", NODES.arrayNode());
        discord.dispatch("MESSAGE_CREATE", message);
    }

    public static Map<String, String> values(final String... pairs) {
        final Map<String, String> values = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            values.put(pairs[index], pairs[index + 1]);
        }
        return values;
    }

    private Sent click(final String customId, final boolean inServer) {
        final ObjectNode interaction = interaction(3, inServer);
        interaction.set("data", NODES.objectNode().put("custom_id", customId).put("component_type", 2));
        interaction.set("message", NODES.objectNode().put("id", DiscordEmulator.snowflake())
                .put("flags", inServer ? 64 : 0));
        return send(interaction);
    }

    private Sent send(final ObjectNode interaction) {
        tokens.add(interaction.path("token").asText());
        discord.dispatch("INTERACTION_CREATE", interaction);
        return new Sent(interaction.path("id").asText(), interaction.path("token").asText());
    }

    private ObjectNode interaction(final int type, final boolean inServer) {
        final String id = DiscordEmulator.snowflake();
        final ObjectNode interaction = NODES.objectNode().put("id", id).put("application_id", DiscordEmulator.APP_ID)
                .put("type", type).put("token", "itoken-" + id).put("version", 1).put("locale", "en-US")
                .put("app_permissions", "2248473465835073");
        interaction.set("entitlements", NODES.arrayNode());
        final ObjectNode user = DiscordEmulator.user(userId, name);
        if (inServer) {
            interaction.put("guild_id", GUILD_ID).put("guild_locale", "en-US").put("channel_id", CHANNEL_ID)
                    .put("context", 0);
            interaction.set("guild", NODES.objectNode().put("id", GUILD_ID).put("locale", "en-US")
                    .set("features", NODES.arrayNode()));
            final ObjectNode channel = NODES.objectNode().put("id", CHANNEL_ID).put("type", 0)
                    .put("guild_id", GUILD_ID).put("name", "job-search").put("position", 0).put("nsfw", false)
                    .putNull("parent_id").put("flags", 0).put("rate_limit_per_user", 0).putNull("topic")
                    .putNull("last_message_id").put("permissions", "2248473465835073");
            channel.set("permission_overwrites", NODES.arrayNode());
            interaction.set("channel", channel);
            final ObjectNode member = NODES.objectNode().put("joined_at", "2025-01-01T00:00:00.000000+00:00")
                    .put("deaf", false).put("mute", false).put("flags", 0).put("pending", false)
                    .put("permissions", Long.toString(permissions)).putNull("nick").putNull("avatar")
                    .putNull("premium_since").putNull("communication_disabled_until");
            member.set("user", user);
            member.set("roles", NODES.arrayNode());
            interaction.set("member", member);
            interaction.set("authorizing_integration_owners", NODES.objectNode().put("0", GUILD_ID));
        } else {
            interaction.put("channel_id", dmChannel()).put("context", 1);
            final ObjectNode channel = NODES.objectNode().put("id", dmChannel()).put("type", 1).put("flags", 0)
                    .putNull("last_message_id");
            channel.set("recipients", NODES.arrayNode().add(user));
            interaction.set("channel", channel);
            interaction.set("user", user);
            interaction.set("authorizing_integration_owners", NODES.objectNode().put("1", userId));
        }
        return interaction;
    }

    private ObjectNode slashData(final String subcommand, final boolean focusLast, final Object... options) {
        final ArrayNode values = NODES.arrayNode();
        for (int index = 0; index < options.length; index += 2) {
            final Object value = options[index + 1];
            final ObjectNode option = NODES.objectNode().put("name", String.valueOf(options[index]));
            if (value instanceof Integer number && !(focusLast && index == options.length - 2)) {
                option.put("type", 4).put("value", number);
            } else if (value instanceof Boolean flag) {
                option.put("type", 5).put("value", flag);
            } else if (focusLast && index == options.length - 2) {
                option.put("type", value instanceof Integer ? 4 : 3).put("value", String.valueOf(value))
                        .put("focused", true);
            } else {
                option.put("type", 3).put("value", String.valueOf(value));
            }
            values.add(option);
        }
        final ObjectNode sub = NODES.objectNode().put("name", subcommand).put("type", 1);
        sub.set("options", values);
        final ObjectNode data = NODES.objectNode().put("id", "600000000000000001").put("name", "followup")
                .put("type", 1);
        // a subcommand the bot registered in a group comes inside that group, as Discord sends it
        data.set("options", NODES.arrayNode().add(discord.groupOf(subcommand).map(group -> (JsonNode) NODES.objectNode()
                .put("name", group).put("type", 2).set("options", NODES.arrayNode().add(sub))).orElse(sub)));
        return data;
    }

    /** DMs {@code text} to the bot and waits (up to 15 s) until a reply containing {@code expected} comes back. */
    public void answer(final String text, final String expected) {
        final int before = transcript().length();
        dm(text);
        await().atMost(WAIT).until(() -> transcript().substring(before).contains(expected));
    }

    /**
     * Clicks the button {@code customId} in the DM and waits (up to 15 s) until the click is answered and a reply
     * containing {@code expected} comes back.
     */
    public void click(final String customId, final String expected) {
        final int before = transcript().length();
        final Sent click = clickInDm(customId);
        await().atMost(WAIT).until(() -> !discord.followups(click.token()).isEmpty()
                && transcript().substring(before).contains(expected));
    }
}
