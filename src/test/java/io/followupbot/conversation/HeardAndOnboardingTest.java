package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.followupbot.chat.Button;
import io.followupbot.chat.Inbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the employer said, reported by {@code heard}, and the first questions a new member answers. */
final class HeardAndOnboardingTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final TestCore core = CORE.core();
    private final ChatDriver ana = CORE.newChat();

    private List<InterviewEvent> events(final Member member) {
        return core.followUps.find(member, 1).orElseThrow().events();
    }

    @Test
    @DisplayName("GIVEN heard with no reply WHEN typed THEN the member picks what they said by buttons")
    void heardOffersTheReplies() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        ana.command("heard 1");

        assertThat(ana.text()).startsWith("What did Acme Analytics say?");
        assertThat(ana.last().messages().get(0).buttons()).extracting(Button::value).containsExactly(
                "heard 1 new-date", "heard 1 deciding", "heard 1 rejected", "heard 1 offer", "heard 1 competing",
                "heard 1 other");
    }

    @Test
    @DisplayName("GIVEN a new date asked for WHEN the member gives a past day, then a vague one, then a day THEN the "
            + "past day is refused, the vague one asks which, and the day is stored as the employer's new date")
    void aNewDateInThreeAnswers() {
        final Member member = CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        ana.command("heard 1 new-date");
        assertThat(ana.text()).isEqualTo("What date did they give? For example \"Friday\", \"next Wednesday\" or "
                + "\"the 20th\".");
        ana.say("last Monday");
        assertThat(ana.text()).isEqualTo("\"last Monday\" would be Monday 9 March 2026, which is in the past. Give a "
                + "later day, e.g. \"Monday\", \"tomorrow\" or \"in 3 days\".");
        ana.say("after the holidays");
        assertThat(ana.text()).isEqualTo("\"after the holidays\" doesn't name a day yet. Did they give one? Type the day, "
                + "e.g. \"by Friday\" or \"the 20th\".");
        ana.say("Friday 20 March");

        assertThat(ana.text()).startsWith("Got it: news by Friday 20 March 2026. I've moved every later step to "
                + "the business day after.").contains("Mon 23 Mar, 09:00: status check-in");
        assertThat(events(member)).containsExactly(new InterviewEvent.StillDeciding(TUESDAY_EVENING,
                Optional.of(LocalDate.of(2026, 3, 20))));
        ana.say("list");
        assertThat(ana.text()).startsWith("Your interviews:");
    }

    @ParameterizedTest(name = "{0}: the member reads \"{3}...\", {4} is stored")
    @DisplayName("GIVEN an interview WHEN the member reports what the employer said (asked once for what is missing: "
            + "which reply it was, another offer's deadline) THEN it is stored as said and the member is told what "
            + "follows")
    @MethodSource("replies")
    void aReplyIsStoredAsSaid(final String command, final String asked, final String answer, final String told,
                              final InterviewEvent stored) {
        final Member member = CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        ana.command(command);
        if (asked != null) {
            assertThat(ana.text()).isEqualTo(asked);
            ana.say(answer);
        }

        assertThat(ana.text()).startsWith(told);
        assertThat(events(member)).containsExactly(stored);
    }

    /** The command; the question the bot asks first and the member's answer, or none; what they read; what is stored. */
    static Stream<Arguments> replies() {
        return Stream.of(
                arguments("heard 1 maybe", "Was it a new date, still deciding with no date, a rejection, an offer, "
                        + "another offer, or something else?", "rejected",
                        "I'm sorry. A short, gracious reply keeps the door open", new InterviewEvent.Rejected(TUESDAY_EVENING)),
                arguments("heard 1 still", null, null,
                        "Thanks for letting me know. I'll restart the check-in clock from today.",
                        new InterviewEvent.StillDeciding(TUESDAY_EVENING, Optional.empty())),
                arguments("heard 1 other they liked my portfolio", null, null, "Noted. Your plan is unchanged.",
                        new InterviewEvent.Note(TUESDAY_EVENING, "they liked my portfolio")),
                arguments("heard 1 competing", "When is the other offer's deadline? For example \"next Friday\" or "
                        + "\"the 20th\".", "Friday 20 March",
                        "Deadline noted: Friday 20 March 2026. Only send this if it's true",
                        new InterviewEvent.CompetingOffer(TUESDAY_EVENING, LocalDate.of(2026, 3, 20))));
    }

    @Test
    @DisplayName("GIVEN a new member WHEN they name no zone, then a city, then their name and contact line THEN the "
            + "zone is refused with the default to keep, then set, and drafts are signed with that name")
    void onboardingZoneThenName() {
        ana.command("");
        ana.say("Atlantis");
        assertThat(ana.text()).contains("isn't a time zone I know").endsWith("(Or ok to keep America/New_York.)");
        ana.say("Berlin");
        assertThat(ana.text()).startsWith("Time zone set to Europe/Berlin");
        ana.say("Ana Ruiz | +1 555 0100");

        assertThat(ana.text()).startsWith("I'll sign drafts as Ana Ruiz.");
        final Member stored = core.app.members().find(ana.key()).orElseThrow();
        assertThat(stored.settings().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(stored.settings().name()).isEqualTo("Ana Ruiz");
        assertThat(stored.settings().signature()).isEqualTo("+1 555 0100");
    }

    @Test
    @DisplayName("GIVEN a new member who skips their name WHEN their platform shows one THEN drafts are signed with "
            + "it; WHEN it shows none THEN the signature is left for them to fill in")
    void skippingTheNameUsesThePlatformName() {
        ana.startAsNewMember("skip");
        assertThat(ana.text()).startsWith("I'll sign drafts as Tester.");
        assertThat(core.app.members().find(ana.key()).orElseThrow().settings().name()).isEqualTo("Tester");

        final MemberKey nameless = CORE.newKey();
        say(nameless, Inbound.Kind.COMMAND, "");
        say(nameless, Inbound.Kind.MESSAGE, "ok");
        final Reply reply = say(nameless, Inbound.Kind.MESSAGE, "skip");
        assertThat(reply.plainText()).startsWith("Okay, I'll leave the signature for you to fill in.");
        assertThat(core.app.members().find(nameless).orElseThrow().settings().name()).isBlank();
    }

    @Test
    @DisplayName("GIVEN a member who already has a name WHEN they confirm their zone THEN the intake's first "
            + "question comes next; cancel stops the questions")
    void aNamedMemberGoesStraightToTheInterview() {
        final Member member = CORE.arrive(ana.key(), "Ana").member();
        core.app.members().save(new Member(member.id(), ana.key(), "Ana", member.settings().withName("Ana Ruiz", ""),
                false, member.dmChannel(), member.lastChannel(), member.unreachableSince()));

        ana.command("");
        ana.say("yes");
        assertThat(ana.text()).contains("Which company was the interview with?").doesNotContain("sign");

        final ChatDriver ben = CORE.newcomer().chat();
        ben.command("");
        ben.say("cancel");
        assertThat(ben.text()).isEqualTo("Okay, stopped. Type /followup when you're ready.");
    }

    private Reply say(final MemberKey member, final Inbound.Kind kind, final String text) {
        return core.engine.handle(new Inbound(member, "", Optional.empty(), "D1", kind, text));
    }

    @Test
    @DisplayName("GIVEN the employer moved the decision twice WHEN the member shows the interview THEN the decision is "
            + "the latest date they gave")
    void theLatestNewDateIsShown() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);
        ana.command("heard 1 new-date Friday 20 March");
        core.clock.advance(java.time.Duration.ofHours(1));
        ana.command("heard 1 new-date Friday 27 March");
        assertThat(ana.text()).startsWith("Got it: news by Friday 27 March 2026.");

        ana.command("show 1");

        assertThat(ana.text().lines()).contains("Decision: by Friday 27 March 2026 (their latest update)");
    }
}
