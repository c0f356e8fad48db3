package io.followupbot.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The gateway's payloads about the servers (guilds) the bot is in, shaped as Discord sends them. */
final class DiscordServers {

    private DiscordServers() {
    }

    /** {@code GUILD_CREATE}: a small server the bot is in, with its @everyone role and one text channel. */
    static ObjectNode created(final String guildId) {
        final ObjectNode guild = DiscordEmulator.object().put("id", guildId).put("name", "Bootcamp " + guildId)
                .putNull("icon").putNull("splash").putNull("discovery_splash").putNull("description")
                .putNull("banner").putNull("vanity_url_code").put("owner_id", "100000000000000999")
                .putNull("afk_channel_id").put("afk_timeout", 300).putNull("system_channel_id")
                .put("system_channel_flags", 0).putNull("rules_channel_id").putNull("public_updates_channel_id")
                .putNull("safety_alerts_channel_id").put("verification_level", 0)
                .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
                .put("nsfw_level", 0).put("premium_tier", 0).put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false).put("preferred_locale", "en-US")
                .put("max_members", 500_000).put("member_count", 2).put("large", false).put("unavailable", false)
                .put("joined_at", Instant.now().toString());
        guild.set("roles", DiscordEmulator.JSON.createArrayNode().add(DiscordEmulator.object().put("id", guildId)
                .put("name", "@everyone").put("permissions", "0").put("position", 0).put("color", 0)
                .put("hoist", false).put("managed", false).put("mentionable", false).put("flags", 0)
                .set("colors", DiscordEmulator.object().put("primary_color", 0).putNull("secondary_color")
                        .putNull("tertiary_color"))));
        guild.set("channels", DiscordEmulator.JSON.createArrayNode().add(DiscordEmulator.object()
                .put("id", channelOf(guildId)).put("type", 0).put("guild_id", guildId).put("name", "general")
                .put("position", 0).put("nsfw", false).putNull("parent_id").putNull("topic")
                .putNull("last_message_id").put("rate_limit_per_user", 0).put("flags", 0)
                .set("permission_overwrites", DiscordEmulator.JSON.createArrayNode())));
        for (final String empty : new String[] {"features", "emojis", "stickers", "threads",
            "voice_states", "members", "presences", "guild_scheduled_events", "soundboard_sounds"}) {
            guild.set(empty, DiscordEmulator.JSON.createArrayNode());
        }
        return guild;
    }

    /** The server's one text channel: the one {@link DiscordUser} writes in for its own server. */
    static String channelOf(final String guildId) {
        return guildId.equals(DiscordUser.GUILD_ID) ? DiscordUser.CHANNEL_ID : guildId.substring(0, guildId.length() - 1)
                + "9";
    }

    /** {@code READY}'s guilds: each server the bot is in, unavailable until its GUILD_CREATE follows. */
    static ArrayNode unavailable(final Iterable<String> guildIds) {
        final ArrayNode guilds = DiscordEmulator.JSON.createArrayNode();
        guildIds.forEach(id -> guilds.add(DiscordEmulator.object().put("id", id).put("unavailable", true)));
        return guilds;
    }
}
