package io.followupbot.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests share one whole bot (real JDA) against a Discord emulator, started before the first test
 * that asks for it and stopped after the class: a test takes it as a {@link DiscordBot} parameter, and a Discord user
 * of its own (a new id each) as each {@link DiscordUser} parameter.
 *
 * <pre>{@code
 * @OnDiscord(at = "2026-03-02T15:00:00Z", zone = "UTC")
 * final class SomethingOnDiscordTest {
 *     @Test void something(final DiscordBot bot, final DiscordUser ana) {
 *         ana.slashInDm("new");
 *     }
 * }
 * }</pre>
 *
 * <p>A test class that needs a bot for each test, or other words, registers {@link DiscordBot} on a field instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DiscordParameters.class)
public @interface OnDiscord {

    /** What the bot's clock reads when it starts, e.g. {@code "2026-03-02T15:00:00Z"}. */
    String at();

    /** The members' default time zone (bot-config.yml's defaults.time-zone), e.g. {@code "UTC"}. */
    String zone();
}
