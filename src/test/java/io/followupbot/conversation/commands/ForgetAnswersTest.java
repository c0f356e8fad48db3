package io.followupbot.conversation.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Outbound;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Are you sure?" before forget-me, answered in the member's own words: a clear yes deletes, anything else keeps. */
final class ForgetAnswersTest {

    private static final MemberKey ANA = new MemberKey("web", "local", "ana");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "\"{0}\" deletes: {1}")
    @DisplayName("GIVEN a member asked whether to delete everything WHEN they answer in their own words THEN a clear "
            + "yes deletes and a no, a hesitation or anything else keeps it all")
    @CsvSource(delimiter = '|', textBlock = """
            yes | true
            Yes, delete everything | true
            yes please. | true
            confirm | true
            delete | true
            forget-me confirm | true
            no | false
            Keep my data | false
            yes but wait | false
            yes, don't delete my interviews | false
            maybe | false
            what does that mean? | false
            """)
    void answers(final String answer, final boolean deletes) {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T12:00:00Z"))) {
            say(core, "settings cadence gentle");
            final String question = text(say(core, "forget-me"));
            assertThat(question).contains("Are you sure?");

            final String reply = text(say(core, answer));

            assertThat(core.engine.knows(ANA)).as(reply).isEqualTo(!deletes);
            assertThat(reply).contains(deletes ? "deleted" : "kept everything");
        }
    }

    private static io.followupbot.chat.Reply say(final TestCore core, final String text) {
        return core.engine.handle(new Inbound(ANA, "Ana", Optional.empty(), "D1", Inbound.Kind.MESSAGE, text));
    }

    private static String text(final io.followupbot.chat.Reply reply) {
        return String.join("\n", reply.messages().stream().map(Outbound::text).toList());
    }
}
