package io.followupbot.testkit;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.followup.Wording;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole bot (the real {@link Application}, with real JDA) against the {@link DiscordEmulator} over a real
 * WebSocket, on a SQLite file of its own.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DiscordBot BOT = DiscordBot.at("2026-03-02T15:00:00Z").zone("UTC");
 *
 * @Test void something() {
 *     final DiscordUser ana = BOT.user("100000000000000001", "ana");
 *     ana.slashInDm("new");
 * }
 * }</pre>
 *
 * <p>A static field runs one bot for the class (each test then takes a Discord user of its own); an instance field
 * one bot for each test. A class annotated {@link OnDiscord} gets one bot for the class and its users as test-method
 * parameters instead.
 */
public final class DiscordBot extends RunningBot {

    /** A token in Discord's shape; the emulator takes any. */
    public static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.emulated.s3cr3t-token-value";

    private final Optional<String> zone;
    private final Wording wording;
    private final AtomicInteger users = new AtomicInteger();
    private DiscordEmulator discord;

    private DiscordBot(final Instant start, final Optional<String> zone, final Wording wording) {
        super("followup-discord-", start);
        this.zone = zone;
        this.wording = wording;
    }

    /** A bot whose clock reads {@code instant} (e.g. {@code "2026-03-02T15:00:00Z"}) when it starts. */
    public static DiscordBot at(final String instant) {
        return new DiscordBot(Instant.parse(instant), Optional.empty(), Wording.standard());
    }

    /** The same bot with its members' default time zone {@code zoneId} (bot-config.yml's defaults.time-zone). */
    public DiscordBot zone(final String zoneId) {
        return new DiscordBot(clock().instant(), Optional.of(zoneId), wording);
    }

    /** The same bot speaking in {@code words} (e.g. {@link Reworded#everything()}). */
    public DiscordBot reworded(final Wording words) {
        return new DiscordBot(clock().instant(), zone, words);
    }

    @Override
    protected void start(final Path folder) {
        discord = new DiscordEmulator();
        final String defaults = zone.map(id -> "defaults:\n  time-zone: " + id + "\n").orElse("");
        final BotConfig config = new ConfigLoader(Map.of("DISCORD_TOKEN", TOKEN)).parse("""
                database:
                  url: jdbc:sqlite:%s
                %sdiscord:
                  token: ${DISCORD_TOKEN:-}
                  api-url: %s
                  gateway-url: %s
                """.formatted(folder.resolve("bot.db"), defaults, discord.apiUrl(), discord.gatewayUrl()), "test");
        startBot(config, wording);
    }

    @Override
    protected void stop() {
        stopBotAnd(discord::close);
    }

    /** A Discord user who talks to the bot through the emulator. */
    public DiscordUser user(final String id, final String name) {
        return new DiscordUser(discord, id, name);
    }

    /** A Discord user of their own: a new id (from 100000000000090001 on) each time. */
    public DiscordUser newUser() {
        final int number = users.incrementAndGet();
        return user(Long.toString(100_000_000_000_090_000L + number), "member" + number);
    }

    /** The emulated Discord: what the bot sent, and the server events a test makes happen. */
    public DiscordEmulator discord() {
        return discord;
    }


}
