package io.followupbot.conversation.views;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The drafts a member asks for by {@code draft N} and reports by "I sent...", as they read in the chat. */
final class DraftMessagesTest {

    /** Wednesday 11 March 2026, 10:00 in New York. */
    private static final Instant TOMORROW = Instant.parse("2026-03-11T14:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final TestCore core = CORE.core();
    private MemberKey key;
    private ChatDriver ana;

    /** Ana: a member the bot has not met yet, and her chat (before each test, and again for a second member). */
    @BeforeEach
    void meetANewcomer() {
        final CoreForClass.Newcomer newcomer = CORE.newcomer();
        key = newcomer.key();
        ana = newcomer.chat();
    }

    /** A member signed "Ana Ruiz" (and a contact line when given), by the name their platform shows. */
    private Member member(final String displayName, final String name, final String signature) {
        final Member arrived = CORE.arrive(key, displayName).member();
        final Member signed = new Member(arrived.id(), key, displayName, arrived.settings().withName(name, signature),
                arrived.zoneConfirmed(), arrived.dmChannel(), arrived.lastChannel(), arrived.unreachableSince());
        core.app.members().save(signed);
        return signed;
    }

    /** Ana, signed "Ana Ruiz" with a phone number, has had one interview at {@code startsAt}, contact by email. */
    private Member anaInterviewed(final Instant startsAt) {
        final Member member = member("Ana", "Ana Ruiz", "+1 555 0100");
        record(member, startsAt, ContactChannel.EMAIL);
        return member;
    }

    private void record(final Member member, final Instant startsAt, final ContactChannel channel) {
        core.followUps.record(member, new Interview("Acme Analytics", "Data Analyst", startsAt, Duration.ofMinutes(45),
                InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode"), Interviewer.named("Cleo Park")),
                Optional.empty(), channel, TUESDAY_EVENING, ""));
    }

    private List<Outbound.DraftBlock> drafts() {
        return ana.last().messages().stream().flatMap(message -> message.draft().stream()).toList();
    }

    private List<String> buttons() {
        return ana.last().messages().stream().flatMap(message -> message.buttons().stream()).map(Button::label)
                .toList();
    }

    @Test
    @DisplayName("GIVEN a thank-you due to two interviewers WHEN the member asks for the one to Cleo THEN it greets "
            + "Cleo, and its buttons are I sent it and the other version, not the one shown")
    void theThankYouOfTheNamedInterviewer() {
        anaInterviewed(TUESDAY_AFTERNOON);

        ana.command("draft 1 thank_you@Cleo_Park");

        assertThat(drafts()).hasSize(1);
        assertThat(drafts().get(0).body()).contains("Cleo").doesNotContain("Ben");
        assertThat(buttons()).containsExactly("I sent it", "thank you full");
    }

    @Test
    @DisplayName("GIVEN an employer still deciding until a Sunday WHEN the member asks for the reply THEN it offers "
            + "to wait until the business day after; after a later update without a date THEN until they are ready")
    void theReplyWaitsUntilABusinessDay() {
        anaInterviewed(TUESDAY_AFTERNOON);

        ana.command("heard 1 new-date Sunday 22 March");
        ana.command("draft 1 reply_update");
        assertThat(drafts().get(0).body()).contains("I am happy to wait until Monday");

        core.clock.advance(Duration.ofHours(1));
        ana.command("heard 1 deciding");
        ana.command("draft 1 reply_update");
        assertThat(drafts().get(0).body()).contains("whenever you are ready").doesNotContain("wait until");
    }

    @Test
    @DisplayName("GIVEN another offer with a deadline WHEN the member asks for the note to this employer THEN it "
            + "names the deadline")
    void theCompetingOfferNamesItsDeadline() {
        anaInterviewed(TUESDAY_AFTERNOON);

        ana.command("heard 1 competing Friday 20 March");
        ana.command("draft 1 competing_offer");

        assertThat(drafts().get(0).body().lines()).contains("I hope you are well. I wanted to let you know that I have "
                + "received another job offer, and I have been asked to reply by Friday 20 March. Acme Analytics remains "
                + "my first choice, and the Data Analyst position is the one I would most like to accept. Would it be "
                + "possible to share an update on your timeline before then? I understand if the process cannot move "
                + "faster, and I appreciate anything you are able to tell me.");
    }

    @Test
    @DisplayName("GIVEN a member who never gave a name WHEN a draft is shown THEN it is signed with their platform "
            + "name; with no name at all THEN they are told how to sign it")
    void draftsAreSignedWithSomeName() {
        record(member("  Ana Platform  ", "", ""), TUESDAY_AFTERNOON, ContactChannel.EMAIL);

        ana.command("draft 1 thank_you_short");

        assertThat(drafts().get(0).body()).contains("Ana Platform");
        assertThat(ana.text()).doesNotContain("sign it with your name").contains("add a phone number or email");

        meetANewcomer();
        record(member("", "", ""), TUESDAY_AFTERNOON, ContactChannel.EMAIL);
        ana.command("draft 1 thank_you_short");
        assertThat(ana.text()).contains("Note: sign it with your name; type settings name");
    }

    @Test
    @DisplayName("GIVEN a member with a name but no contact line WHEN a LinkedIn note is shown THEN nothing asks for "
            + "a contact line (it is no email); an email draft asks for one")
    void aContactLineOnlyForEmails() {
        record(member("Ana", "Ana Ruiz", ""), TUESDAY_AFTERNOON, ContactChannel.EMAIL);

        ana.command("draft 1 linkedin_note");
        assertThat(ana.text()).doesNotContain("Note:");

        ana.command("draft 1 check_in");
        assertThat(ana.text()).contains("Note: add a phone number or email under your name");
    }

    @Test
    @DisplayName("GIVEN an interview tomorrow WHEN the member asks for its draft THEN there is no thank-you yet: they "
            + "read when it will come and how to prepare")
    void noThankYouBeforeTheInterview() {
        anaInterviewed(TOMORROW);

        ana.command("draft 1");

        assertThat(drafts()).isEmpty();
        assertThat(ana.text()).contains("hasn't happened yet, so there's nothing to thank them for")
                .contains(" I'll nudge you with it on Wed 11 Mar, ")
                .contains("For now: Your interview with Acme Analytics is coming up. Before it ends, ask when");
    }

    @ParameterizedTest(name = "interview {0}, draft 1 {1}: {2} draft(s)")
    @DisplayName("GIVEN an interview with Ben and Cleo, this afternoon or tomorrow WHEN the member asks for a draft "
            + "THEN a thank-you kind chosen for every interviewer comes once each, a kind written once comes once, and "
            + "before the interview only a value-add (it thanks no one) comes")
    @CsvSource(textBlock = """
            this afternoon, thank_you_short, 2
            this afternoon, check_in, 1
            tomorrow, value_add, 1
            tomorrow, linkedin_note, 0
            """)
    void draftsByKind(final String interview, final String kind, final int drafts) {
        anaInterviewed(interview.equals("tomorrow") ? TOMORROW : TUESDAY_AFTERNOON);

        ana.command("draft 1 " + kind);

        assertThat(drafts()).hasSize(drafts);
    }

    @Test
    @DisplayName("GIVEN an interview tomorrow WHEN the member asks for a LinkedIn note THEN it waits like the "
            + "thank-you, and they read when it comes and how to prepare")
    void aLinkedInNoteWaitsLikeTheThankYou() {
        anaInterviewed(TOMORROW);

        ana.command("draft 1 linkedin_note");

        assertThat(ana.text()).isEqualTo("Your interview with Acme Analytics hasn't happened yet, so there's nothing "
                + "to thank them for. The thank-you drafts come once it's over, with what stood out. I'll nudge you with "
                + "it on Wed 11 Mar, 14:00. For now: Your interview with Acme Analytics is coming up. Before it ends, ask "
                + "when you can expect to hear back, and note each interviewer's name and one thing you discussed with "
                + "them; that detail makes the thank-you yours.");
    }

    @Test
    @DisplayName("GIVEN two open interviews with a thank-you to Ben WHEN the member says they sent the thank-you to "
            + "Ben THEN they are asked which one, by buttons; to someone nobody met THEN nothing fits")
    void whichOneDidYouSend() {
        final Member member = anaInterviewed(TUESDAY_AFTERNOON);
        record(member, TUESDAY_AFTERNOON.plus(Duration.ofHours(1)), ContactChannel.EMAIL);

        ana.say("I sent the thank-you to Ben yesterday");
        assertThat(ana.text()).startsWith("Which one did you send?");
        assertThat(ana.last().messages().get(0).buttons()).extracting(Button::value)
                .containsExactly("sent 1 thank_you@Ben_Ode yesterday", "sent 2 thank_you@Ben_Ode yesterday");

        ana.say("I sent the thank-you to Dana");
        assertThat(ana.text()).isEqualTo("I couldn't find a thank-you waiting for that person in your interviews. "
                + "Type list to see them, then sent and the interview's number, for example sent 1.");
        ana.say("I sent the check-in");
        assertThat(buttons()).containsExactly("#1 status check-in", "#1 status check-in #2 (final)",
                "#2 status check-in", "#2 status check-in #2 (final)");
    }

    @Test
    @DisplayName("GIVEN one open interview WHEN the member says they sent the thank-you to Cleo THEN that one is "
            + "marked sent; a closed interview is not among the candidates, and with none open nothing fits")
    void theOnlyOneIsMarkedSent() {
        final Member member = anaInterviewed(TUESDAY_AFTERNOON);
        record(member, TUESDAY_AFTERNOON, ContactChannel.EMAIL);
        ana.command("heard 2 rejected");

        ana.say("I sent the thank-you to Cleo");

        assertThat(ana.text()).startsWith("Nice work: thank-you to Cleo Park marked as sent. Next:");
        ana.command("plan 1");
        assertThat(ana.text().lines()).contains("done Tue 10 Mar, 19:00: thank-you to Cleo Park");

        ana.command("archive 1");
        ana.say("I sent the check-in");
        assertThat(ana.text()).startsWith("I couldn't find a status check-in waiting in your interviews.");
    }

    @Test
    @DisplayName("GIVEN an offer WHEN the member asks for time THEN the draft asks to reply by a given day")
    void askingForTimeNamesABusinessDay() {
        anaInterviewed(TUESDAY_AFTERNOON);

        ana.command("heard 1 offer");
        ana.command("draft 1 reply_offer offer_ask_time");

        assertThat(drafts().get(0).body()).contains("Would it be possible for me to reply by ")
                .doesNotContain("within the next few business days");
    }

    @Test
    @DisplayName("GIVEN an offer WHEN the member names the draft alone (draft 1 offer_ask_time) THEN it asks to reply "
            + "by the same day as the step's draft")
    void askingForTimeByKindNamesTheSameDay() {
        anaInterviewed(TUESDAY_AFTERNOON);
        ana.command("heard 1 offer");
        ana.command("draft 1 reply_offer offer_ask_time");
        final String fromTheStep = drafts().get(0).body();

        ana.command("draft 1 offer_ask_time");

        assertThat(drafts().get(0).body()).isEqualTo(fromTheStep).contains("Would it be possible for me to reply by ");
    }
}
