package io.followupbot.slack;

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

/** What a member typed, inside the bot's own sentences on Slack: shown as typed, never as mrkdwn. */
@OnSlack
final class MemberWordsOnSlackTest {

    private static final String Z = "\u200B";

    @Test
    @DisplayName("GIVEN a company *Robotics*, a role _lead_ ~x~ and an interviewer `Dana` WHEN the member saves "
            + "and lists THEN Slack receives their stars, underscores, tildes and backticks broken by zero-width "
            + "spaces inside the bot's sentences, and the bot's bold labels stay whole")
    void markupInMemberWordsIsShownAsTyped(final SlackHarness harness, final SlackMember ana) {
        SlackJourneys.toTheFormat(ana, "Ana Ruiz", "*Robotics*", "_lead_ ~x~", "today 2pm");
        ana.click("Video", "Who interviewed you");
        ana.say("`Dana`", "hear back");
        final String asked = ana.say("they didn't say", "What stood out in your conversation with");
        assertThat(asked).contains("What stood out in your conversation with " + Z + "`" + Z + "Dana" + Z + "`"
                + Z + "?");
        final String saved = SlackJourneys.saved(ana, "the dbt migration", "Saved as #1");

        assertThat(saved).contains("Saved as #1, " + Z + "*" + Z + "Robotics" + Z + "*" + Z + ". Here is your plan")
                .doesNotContain("Saved as #1, *Robotics*");
        final int before = harness.emulator().callCount();
        ana.say("list", "#1");
        final String listed = String.join("\n", SlackEmulator.texts(harness.emulator().callsSince(before,
                ana::isToMe)));
        assertThat(listed).contains("*#1 " + Z + "*" + Z + "Robotics" + Z + "*" + Z + " - " + Z + "_" + Z + "lead"
                + Z + "_" + Z + " " + Z + "~" + Z + "x" + Z + "~" + Z + "*\n");
    }

    @Property(tries = 300)
    @Label("GIVEN any member string inside a bot sentence with a bold label WHEN rendered as mrkdwn THEN the "
            + "label stays bold, every * _ ~ ` of the member sits between zero-width spaces, and taking those out "
            + "and decoding & < > gives back what they typed")
    void anyMemberStringSurvivesMrkdwn(@ForAll("typed") final String typed) {
        final String rendered = BlockKit.mrkdwn("*Saved:* #3, " + MemberText.quote(typed) + ".");

        assertThat(rendered).startsWith("*Saved:* #3, ").endsWith(".");
        final String span = rendered.substring("*Saved:* #3, ".length(), rendered.length() - 1);
        assertThat(span.replaceAll(Z + "[*_~`]" + Z, "")).doesNotContain("*", "_", "~", "`", "<", ">")
                .doesNotContainPattern("&(?!amp;|lt;|gt;)");
        assertThat(span.replace(Z, "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
                .isEqualTo(MemberText.clean(typed));
    }

    @Test
    @DisplayName("GIVEN a marked sentence WHEN rendered as blocks THEN no block or fallback text carries the marks")
    void blocksCarryNoMarks() {
        final Outbound message = Outbound.text("Saved as #3, " + MemberText.quote("*Robotics*") + ".");

        assertThat(BlockKit.fallbackText(message)).isEqualTo("Saved as #3, " + Z + "*" + Z + "Robotics" + Z + "*" + Z
                + ".");
        assertThat(BlockKit.blocks(message).toString()).doesNotContain(String.valueOf(MemberText.OPEN),
                String.valueOf(MemberText.CLOSE));
    }

    @Provide
    static Arbitrary<String> typed() {
        return Arbitraries.strings().withChars("ab *_~`&<>;\n").withCharRange('\uE000', '\uE003')
                .withCharRange('\u00e0', '\u00e9').ofMaxLength(30);
    }
}
