package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a member typed, inside the bot's own sentences on Discord: shown as typed, never as markdown. */
final class MemberWordsOnDiscordTest {

    @Test
    @DisplayName("GIVEN the bot's bold beside a member's *Robotics* WHEN rendered THEN the bot's bold becomes "
            + "**bold** and the member's stars are escaped")
    void botBoldAndMemberStars() {
        final String content = DiscordMessages.content(Outbound.text("*Next:* thank " + MemberText.quote("`Dana`")
                + " for the " + MemberText.quote("*Robotics*") + " interview."));

        assertThat(content).isEqualTo("**Next:** thank \\`Dana\\` for the \\*Robotics\\* interview.");
    }

    @Property(tries = 300)
    @Label("GIVEN any member string inside a bot sentence with a bold label WHEN rendered as Discord markdown "
            + "THEN the label stays bold, every markdown character of the member is escaped, and taking the "
            + "escapes out gives back what they typed")
    void anyMemberStringSurvivesMarkdown(@ForAll("typed") final String typed) {
        final String rendered = DiscordMessages.content(Outbound.text("*Saved:* #3, " + MemberText.quote(typed)
                + " is saved"));

        assertThat(rendered).startsWith("**Saved:** #3, ");
        final String expected = ("#3, " + MemberText.clean(typed) + " is saved").strip();
        final String span = rendered.substring("**Saved:** ".length());
        assertThat(span.replaceAll("\\\\[\\\\*_~`|\\[\\]>#-]", "")).doesNotContain("*", "_", "~", "`", "|", "\\");
        assertThat(span.replaceAll("\\\\([\\\\*_~`|\\[\\]>#-])", "$1")).isEqualTo(expected);
    }

    @Provide
    static Arbitrary<String> typed() {
        return Arbitraries.strings().withChars("ab *_~`|\\[]>#-\n").withCharRange('\uE000', '\uE003')
                .ofMaxLength(30);
    }
}
