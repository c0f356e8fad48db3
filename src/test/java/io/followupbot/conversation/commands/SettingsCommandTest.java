package io.followupbot.conversation.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code settings [name] [value]}: the member's settings listed, one changed, and the community's two choices. */
final class SettingsCommandTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(Instant.parse("2026-03-10T23:00:00Z"));

    private ChatDriver ana;

    @BeforeEach
    void arrive() {
        ana = CORE.arrive("Ana").chat();
    }

    @Test
    @DisplayName("GIVEN a new member of a community WHEN settings alone THEN each setting is listed with its value, "
            + "unset ones said to be so, then the community's digest (on until turned off) and figures (off until "
            + "agreed), after a line on how to change one")
    void listed() {
        ana.command("settings");

        final Outbound message = ana.last().messages().get(0);
        assertThat(message.text()).isEqualTo("Your settings (change one with settings <name> <value>, for example "
                + "settings zone Europe/Berlin or settings cadence gentle):");
        assertThat(message.fields()).extracting(Outbound.Field::label)
                .containsExactly("zone", "country", "nudge-hour", "quiet", "cadence", "goal", "name", "signature",
                        "digest", "stats");
        assertThat(message.fields().subList(8, 10)).extracting(Outbound.Field::value).containsExactly("on", "off");
        assertThat(message.fields()).filteredOn(field -> field.label().equals("signature"))
                .extracting(Outbound.Field::value).containsExactly("(not set)");
    }

    @Test
    @DisplayName("GIVEN a name that is no setting WHEN typed THEN the bot names it and lists the settings there are")
    void unknownSetting() {
        assertThat(ana.command("settings banana 3").plainText()).isEqualTo("I don't know the setting \"banana\". "
                + "Settings are zone, country, nudge-hour, quiet, cadence, goal, name, signature, digest and stats.");
    }

    @Test
    @DisplayName("GIVEN the community's digest and figures WHEN turned off or on, in any case THEN each is saved "
            + "and said back; asked alone, each says where it stands")
    void communityChoices() {
        assertThat(ana.command("settings DIGEST off").plainText()).isEqualTo("Saved. Your weekly digest is off. Turn "
                + "it on again with settings digest on.");
        assertThat(ana.command("settings digest").plainText()).startsWith("Your weekly digest is off.");
        ana.command("settings");
        assertThat(ana.last().messages().get(0).fields().subList(8, 10)).extracting(Outbound.Field::value)
                .containsExactly("off", "off");
        assertThat(ana.command("settings stats on").plainText()).startsWith("Saved. You count in your community's "
                + "anonymous figures");
        assertThat(ana.command("settings stats maybe").plainText()).isEqualTo("\"maybe\" isn't on or off. For "
                + "example: settings stats off.");
    }

    @Test
    @DisplayName("GIVEN a setting changed by name WHEN settings is asked again THEN the list shows the new value")
    void changedThenListed() {
        ana.command("settings cadence gentle");
        ana.command("settings");

        assertThat(ana.last().messages().get(0).fields()).filteredOn(field -> field.label().equals("cadence"))
                .extracting(Outbound.Field::value).containsExactly("gentle");
    }
}
