package io.followupbot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.chat.MemberText;
import io.followupbot.cli.PlanCommand;
import io.followupbot.community.Communities;
import io.followupbot.community.CommunityAnswer;
import io.followupbot.community.CommunityKey;
import io.followupbot.config.ConfigException;
import io.followupbot.config.ConfigLoader;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.FormResult;
import io.followupbot.followup.Members;
import io.followupbot.followup.Setting;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.policy.Reading;
import io.followupbot.policy.SettingValues;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.TestCore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * A value is read by one reader wherever it is written: a member's {@code settings}, a community admin's, the
 * defaults of bot-config.yml and {@code plan} on the command line accept the same text and refuse it in the same
 * words (a chat shows the typed text as member text; a file or a terminal shows it as it is).
 */
final class SettingValuesEverywhereTest {

    private static final CommunityKey ACME = new CommunityKey("slack", "T1");

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(Instant.parse("2026-03-02T12:00:00Z"));

    private final TestCore core = CORE.core();
    private final Communities communities = new Communities(core.store, core.followUps, DraftRenderer.builtIn(),
            new DraftChecker(), core.clock);
    private final Member ana = core.app.members().arrive(new Members.Arrival(new MemberKey("slack", "T1", "U1"), "Ana",
            Optional.empty(), ""));

    /** How one kind of value is named in each of the four ways in. */
    private record Names(Setting member, String community, String config, String option,
                         Function<String, Reading<?>> reader) {
    }

    private static Names names(final String kind) {
        return switch (kind) {
            case "time" -> new Names(Setting.NUDGE_HOUR, "nudge-hour", "nudge-hour", "--nudge-hour", SettingValues::timeOfDay);
            case "cadence" -> new Names(Setting.CADENCE, "cadence", "cadence", "--cadence", SettingValues::cadence);
            case "place" -> new Names(Setting.COUNTRY, "country", "country", "--country", SettingValues::place);
            case "zone" -> new Names(Setting.ZONE, "zone", "time-zone", "--zone", SettingValues::zone);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} \"{1}\" is accepted everywhere")
    @CsvSource(textBlock = """
            time, 9
            time, 9:00
            time, 09:00
            time, 9am
            time, 9:30 pm
            time, 21:30
            cadence, gentle
            cadence, Persistent
            place, gb-sct
            place, US
            zone, Europe/Berlin
            zone, Berlin
            """)
    @DisplayName("GIVEN a value a reader takes WHEN it is written in the chat, as a community setting, in "
            + "bot-config.yml and on the command line THEN each of the four takes it")
    void acceptedEverywhere(final String kind, final String typed) {
        final Names names = names(kind);
        // WHEN the member sets it
        assertThat(core.app.settings().change(ana, Map.of(names.member(), typed)))
                .isInstanceOf(FormResult.SettingsSaved.class);
        // AND the community's admin
        assertThat(communities.change(ACME, Map.of(names.community(), typed)).outcome())
                .isEqualTo(CommunityAnswer.Outcome.SAVED);
        // AND bot-config.yml
        new ConfigLoader(Map.of()).parse("defaults:\n  " + names.config() + ": \"" + typed + "\"\n", "bot-config.yml");
        // AND the command line
        final Run run = plan(names.option(), typed);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @ParameterizedTest(name = "{0} \"{1}\" is refused everywhere in the same words")
    @CsvSource(textBlock = """
            time, 25:00
            time, noon
            time, 9:60
            time, 13pm
            time, 8.30
            cadence, pushy
            place, XX
            place, Atlantis
            zone, Mars/Olympus
            """)
    @DisplayName("GIVEN a value no reader takes WHEN it is written in any of the four ways in THEN each refuses it "
            + "with the reader's sentence")
    void refusedEverywhereInTheSameWords(final String kind, final String typed) {
        final Names names = names(kind);
        final Reading<?> reading = names.reader().apply(typed);
        assertThat(reading.isRefused()).isTrue();

        // WHEN the member sets it THEN the chat's refusal is the reader's, the typed text shown as member text
        final FormResult member = core.app.settings().change(ana, Map.of(names.member(), typed));
        assertThat(((FormResult.Refused) member).errors().values())
                .containsExactly(reading.refusal(MemberText::quote));
        // AND the community's the same
        assertThat(communities.change(ACME, Map.of(names.community(), typed)).problems())
                .containsExactly(reading.refusal(MemberText::quote));
        // AND bot-config.yml's names the key, then says the same
        assertThatThrownBy(() -> new ConfigLoader(Map.of())
                .parse("defaults:\n  " + names.config() + ": \"" + typed + "\"\n", "bot-config.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("defaults." + names.config() + ": " + reading.refusal());
        // AND the command line names the option, then says the same
        final Run run = plan(names.option(), typed);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: " + names.option() + " " + reading.refusal() + System.lineSeparator());
    }

    @ParameterizedTest(name = "quiet hours \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            22:00-07:00|true
            10pm - 7am|true
            22-7|true
            21:00|false
            21:00-08:00-09:00|false
            21:00-25:00|false
            """)
    @DisplayName("GIVEN quiet hours WHEN a member and a community admin write them THEN both take or refuse them alike")
    void quietHoursAlike(final String typed, final boolean accepted) {
        final Reading<List<java.time.LocalTime>> reading = SettingValues.quietHours(typed);
        assertThat(reading.isRefused()).isEqualTo(!accepted);
        final FormResult member = core.app.settings().change(ana, Map.of(Setting.QUIET, typed));
        final CommunityAnswer community = communities.change(ACME, Map.of("quiet", typed));
        if (accepted) {
            assertThat(member).isInstanceOf(FormResult.SettingsSaved.class);
            assertThat(community.outcome()).isEqualTo(CommunityAnswer.Outcome.SAVED);
        } else {
            assertThat(((FormResult.Refused) member).errors().values()).containsExactly(reading.refusal(MemberText::quote));
            assertThat(community.problems()).containsExactly(reading.refusal(MemberText::quote));
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run plan(final String option, final String value) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine commandLine = PlanCommand.commandLine(core.clock);
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        final List<String> args = new java.util.ArrayList<>(List.of("--interview-at", "2026-03-10T14:00"));
        if (!option.equals("--zone")) {
            args.addAll(List.of("--zone", "America/New_York"));
        }
        args.addAll(List.of(option, value));
        return new Run(commandLine.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }
}
