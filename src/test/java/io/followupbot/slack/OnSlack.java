package io.followupbot.slack;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests each run the whole bot against a Slack emulator of their own, in the bot's standard words:
 * a test takes it as a parameter, and member U1 of workspace T1 as a {@link SlackMember} parameter.
 *
 * <pre>{@code
 * @OnSlack
 * final class SomethingOnSlackTest {
 *     @Test void something(final SlackHarness harness, final SlackMember ana) {
 *         ana.command("C1", "help", "Here's what I can do");
 *     }
 * }
 * }</pre>
 *
 * <p>A test class that needs other words or several named members registers {@link SlackHarness} on a field instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SlackParameters.class)
@interface OnSlack {
}
