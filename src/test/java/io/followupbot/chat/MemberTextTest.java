package io.followupbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberKey;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The marks around a member's words inside the bot's sentences: unforgeable, invisible, never emphasis. */
final class MemberTextTest {

    private static final String OPEN = String.valueOf(MemberText.OPEN);
    private static final String CLOSE = String.valueOf(MemberText.CLOSE);

    @Test
    @DisplayName("GIVEN a member who types the marker characters WHEN the message comes in THEN they are gone, "
            + "from the text and the display name, so no member can open or close a span")
    void inboundLosesTheMarks() {
        final Inbound inbound = new Inbound(new MemberKey("slack", "T1", "U1"), "Ana" + OPEN, Optional.empty(), "D1",
                Inbound.Kind.MESSAGE, "*Robo" + CLOSE + "tics*" + OPEN + "\uE105 x");

        assertThat(inbound.text()).isEqualTo("*Robotics* x");
        assertThat(inbound.displayName()).isEqualTo("Ana");
    }

    @Test
    @DisplayName("GIVEN a sentence with a member's words WHEN shown as plain text THEN the marks are gone")
    void plainTextHasNoMarks() {
        final Reply reply = Reply.of(Outbound.text("Saved as #3, " + MemberText.quote("*Robotics*") + ".")
                .withFields(List.of(new Outbound.Field(MemberText.quote("x"), MemberText.quote("y")))));

        assertThat(reply.plainText()).isEqualTo("Saved as #3, *Robotics*.\nx: y");
        assertThat(reply.messages().get(0).fields().get(0)).isEqualTo(new Outbound.Field("x", "y"));
    }

    @Test
    @DisplayName("GIVEN the bot's bold around and beside a member's stars WHEN split into runs for the web page "
            + "THEN only the bot's words are bold and the member's stars are plain text")
    void runsKeepTheBotsBoldOnly() {
        final String text = "*Next:* your thank-you to " + MemberText.quote("*Dana*") + " and *" + MemberText.quote("_Ben_")
                + "*";

        assertThat(MemberText.runs(text)).containsExactly(new MemberText.Run("Next:", true),
                new MemberText.Run(" your thank-you to *Dana* and ", false), new MemberText.Run("_Ben_", true));
    }

    @Property(tries = 300)
    @Label("GIVEN any member string WHEN it is quoted into a bot sentence with its own bold THEN the runs "
            + "read back the sentence as typed, and the bot's bold label is the only bold run")
    void runsReadBackAnyMemberString(@ForAll("typed") final String typed) {
        final String text = "*Saved:* #3, " + MemberText.quote(typed) + ".";

        final List<MemberText.Run> runs = MemberText.runs(text);

        assertThat(runs.stream().map(MemberText.Run::text).reduce("", String::concat))
                .isEqualTo("Saved: #3, " + MemberText.clean(typed) + ".");
        assertThat(runs.stream().filter(MemberText.Run::bold).map(MemberText.Run::text)).containsExactly("Saved:");
    }

    @Provide
    static Arbitrary<String> typed() {
        return Arbitraries.strings().withChars("ab *_~`|>\\&<\n-#[]").withCharRange('\uE000', '\uE003')
                .ofMaxLength(30);
    }
}
