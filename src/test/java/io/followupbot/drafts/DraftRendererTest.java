package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("DraftRenderer")
final class DraftRendererTest {

    /** Monday 16 March 2026: the first business day after the stated decision date. */
    private static final LocalDate SEND_DATE = LocalDate.of(2026, 3, 16);
    /** Signs that a value was missing and the template did not cope. */
    private static final List<Pattern> ARTEFACTS = List.of(
            Pattern.compile("\\{\\{|\\}\\}"), Pattern.compile("\\(\\s*\\)"), Pattern.compile("\\[\\s*\\]"),
            Pattern.compile(" {2,}"), Pattern.compile(" [,.;:!?]"), Pattern.compile("[,;:] *[,.;:]"),
            Pattern.compile("\\.\\."), Pattern.compile("(?m)^[,.;:]"), Pattern.compile("\\b(\\p{L}+) \\1\\b"),
            Pattern.compile("\\b(?:the|a|an|at|on|about|for|to|of) *[,.]"), Pattern.compile("\\bnull\\b"),
            Pattern.compile("Optional"), Pattern.compile("\n{3,}"));

    private final DraftRenderer renderer = DraftRenderer.builtIn();
    private final DraftChecker checker = new DraftChecker();

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    @DisplayName("every kind, filled for a full sample interview, passes the checker clean")
    void everyKindFilledForAFullInterviewPassesTheCheckerClean(final DraftKind kind) {
        // GIVEN a full sample interview: two interviewers with titles, emails and details
        final DraftContext context = SampleInterviews.fullContext(kind);
        // WHEN the draft is rendered and checked on the first business day after the decision date
        final Draft draft = renderer.render(kind, context);
        // THEN the checker finds nothing and no artefact is left
        assertThat(checker.check(draft.text(), checkContext(kind, context))).isEmpty();
        assertNoArtefacts(draft);
        assertThat(PlainText.wordCount(draft.body())).isGreaterThan(15);
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    @DisplayName("every kind, filled from sparse data, leaves no placeholder or empty artefact")
    void everyKindFilledFromSparseDataLeavesNoArtefact(final DraftKind kind) {
        // GIVEN interviewers known by name only: no title, email, detail, addition or date
        final DraftContext context = SampleInterviews.sparseContext(kind);
        // WHEN the draft is rendered
        final Draft draft = renderer.render(kind, context);
        // THEN it reads cleanly; only a thank-you is told that it lacks a specific detail
        assertNoArtefacts(draft);
        final List<FindingRule> expected = kind.isThankYou() ? List.of(FindingRule.NO_SPECIFIC_DETAIL) : List.of();
        assertThat(checker.check(draft.text(), checkContext(kind, context))).extracting(Finding::rule)
                .containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    @DisplayName("emails have a subject line, a voicemail script and a LinkedIn note do not")
    void emailsHaveASubjectLine(final DraftKind kind) {
        // GIVEN any kind WHEN rendered
        final Draft draft = renderer.render(kind, SampleInterviews.fullContext(kind));
        // THEN it has a subject exactly when it is an email, and the email is signed with contact details
        assertThat(draft.subject().isPresent()).isEqualTo(kind.isEmail());
        if (kind.isEmail()) {
            assertThat(draft.subject().get()).isNotBlank().doesNotContain("Subject:");
            assertThat(draft.body()).endsWith("Maya Lindqvist\n" + SampleInterviews.PHONE + " | maya.lindqvist@example.com");
            assertThat(draft.text()).startsWith("Subject: " + draft.subject().get() + "\n\n");
        } else {
            assertThat(draft.text()).isEqualTo(draft.body());
        }
    }

    @Test
    @DisplayName("the full thank-you weaves detail, past result and addition into 200-300 words")
    void theFullThankYouWeavesDetailResultAndAddition() {
        // GIVEN a full context addressed to Ana
        final DraftContext context = SampleInterviews.fullContext(DraftKind.THANK_YOU_FULL);
        // WHEN the full thank-you is rendered
        final Draft draft = renderer.render(DraftKind.THANK_YOU_FULL, context);
        // THEN the subject names the role, the body opens with the detail and carries result, addition, next steps
        assertThat(draft.subject()).hasValueSatisfying(subject -> assertThat(subject).contains("Data Engineer"));
        final String firstParagraph = draft.body().split("\n\n")[1];
        assertThat(firstParagraph).startsWith("Our conversation about " + SampleInterviews.ANA.detail());
        assertThat(draft.body())
                .contains("cut report delays from six hours to under ten minutes")
                .contains("I should have mentioned that I led the incident rota for a team of eight.")
                .contains("next step")
                .contains("Acme Analytics");
        assertThat(PlainText.wordCount(draft.body())).isBetween(200, 300);
        assertThat(draft.to()).contains("Ana Ruiz <ana.ruiz@acme.example>");
    }

    @Test
    @DisplayName("the full thank-you stays within 200-300 words with sparse data")
    void theFullThankYouStaysInBoundsWithSparseData() {
        // GIVEN no detail, result or addition WHEN rendered
        final Draft draft = renderer.render(DraftKind.THANK_YOU_FULL, SampleInterviews.sparseContext(DraftKind.THANK_YOU_FULL));
        // THEN it still has the length the rules ask for, and is addressed to the name alone
        assertThat(PlainText.wordCount(draft.body())).isBetween(200, 300);
        assertThat(draft.to()).contains("Ana Ruiz");
    }

    @Test
    @DisplayName("the voicemail says who calls, the role, the interview date and the number twice")
    void theVoicemailGivesThePhoneNumberTwice() {
        // GIVEN a member whose signature holds a phone number
        final DraftContext context = SampleInterviews.fullContext(DraftKind.VOICEMAIL);
        // WHEN the voicemail script is rendered
        final String script = renderer.render(DraftKind.VOICEMAIL, context).body();
        // THEN it names caller, role, company and date, and two sentences carry all the number's digits
        assertThat(script).contains("Maya Lindqvist", "Data Engineer", "Acme Analytics", "Tuesday 10 March",
                SampleInterviews.PHONE, "4 4, 2 0, 7 9 4 6, 0 9 5 8");
        final String digits = SampleInterviews.PHONE.replaceAll("\\D", "");
        assertThat(PlainText.sentences(script).stream()
                .filter(sentence -> sentence.replaceAll("\\D", "").equals(digits))).hasSize(2);
        assertThat(DraftKind.VOICEMAIL.bounds().contains(PlainText.wordCount(script))).isTrue();
    }

    @Test
    @DisplayName("a voicemail without any known number promises an email instead of leaving a gap")
    void aVoicemailWithoutANumberPromisesAnEmail() {
        // GIVEN a member whose signature has no phone number
        final DraftContext context = DraftContext.of(SampleInterviews.full(),
                SampleInterviews.member().withName("Maya Lindqvist", "maya.lindqvist@example.com"));
        // WHEN the voicemail script is rendered
        final String script = renderer.render(DraftKind.VOICEMAIL, context).body();
        // THEN no sentence about a number is left half-filled
        assertThat(script).doesNotContain("reach me on").contains("short email");
        assertThat(script).doesNotContainPattern(" [,.]");
    }

    @Test
    @DisplayName("the LinkedIn note stays under 300 characters even with very long names")
    void theLinkedInNoteStaysUnderTheLimitWithLongNames() {
        // GIVEN very long names, role, company and detail
        final Interviewer longNamed = new Interviewer("Maximiliana Alexandrina Konstantinopoulou-Featherstonehaugh",
                "Senior Principal Director", "", "the multi-region active-active replication strategy for the "
                        + "payments ledger and its reconciliation with the legacy mainframe settlement batch");
        final Interview interview = new Interview("Consolidated Intercontinental Logistics and Analytics Holdings plc",
                "Senior Staff Distributed Systems Reliability Engineer, Payments Infrastructure",
                SampleInterviews.INTERVIEW_START.toInstant(), null, InterviewFormat.VIDEO, List.of(longNamed),
                Optional.empty(), ContactChannel.EMAIL, SampleInterviews.INTERVIEW_START.toInstant(), "");
        final DraftContext context = DraftContext.of(interview, SampleInterviews.member()
                .withName("Bartholomew-Christopher Vanderberg-Oppenheimer", "")).to(longNamed);
        // WHEN the note is rendered
        final Draft note = renderer.render(DraftKind.LINKEDIN_NOTE, context);
        // THEN it fits LinkedIn's limit and still greets and thanks
        assertThat(note.body().length()).isLessThan(300);
        assertThat(note.body()).startsWith("Hi Maximiliana,").contains("thank you for our conversation");
        assertNoArtefacts(note);
    }

    @Test
    @DisplayName("the LinkedIn note keeps the detail when it fits")
    void theLinkedInNoteKeepsTheDetailWhenItFits() {
        // GIVEN the full sample WHEN the note is rendered
        final Draft note = renderer.render(DraftKind.LINKEDIN_NOTE, SampleInterviews.fullContext(DraftKind.LINKEDIN_NOTE));
        // THEN it names role, company and detail, under the limit
        assertThat(note.body()).contains("Data Engineer", "Acme Analytics", "nightly billing jobs");
        assertThat(note.body().length()).isLessThan(300);
    }

    @Test
    @DisplayName("greetings use first names, join two names, and fall back to the company team")
    void greetingsUseFirstNames() {
        // GIVEN an interview with two interviewers, one without any, and a draft for one person
        final Interview nobody = new Interview("Acme Analytics", "Data Engineer",
                SampleInterviews.INTERVIEW_START.toInstant(), null, InterviewFormat.PHONE, List.of(), Optional.empty(),
                null, SampleInterviews.INTERVIEW_START.toInstant(), "");
        // WHEN check-ins and a thank-you are rendered
        final String toBoth = renderer.render(DraftKind.CHECK_IN, DraftContext.of(SampleInterviews.full(),
                SampleInterviews.member())).body();
        final String toNobody = renderer.render(DraftKind.CHECK_IN, DraftContext.of(nobody,
                SampleInterviews.member())).body();
        final String toBen = renderer.render(DraftKind.THANK_YOU_SHORT, DraftContext.of(SampleInterviews.full(),
                SampleInterviews.member()).to(SampleInterviews.BEN)).body();
        // THEN each greeting is professional and never guesses a Mr. or Ms.
        assertThat(toBoth).startsWith("Dear Ana and Ben,\n");
        assertThat(toNobody).startsWith("Dear Acme Analytics team,\n");
        assertThat(toBen).startsWith("Dear Ben,\n").contains(SampleInterviews.BEN.detail());
    }

    @Test
    @DisplayName("dates are written in words")
    void datesAreWrittenInWords() {
        // GIVEN a new decision date of Friday 27 March WHEN the reply to the update is rendered
        final Draft draft = renderer.render(DraftKind.REPLY_UPDATE, SampleInterviews.fullContext(DraftKind.REPLY_UPDATE));
        // THEN the date reads as a person would write it
        assertThat(draft.body()).contains("until Friday 27 March").doesNotContain("2026-03-27");
    }

    @Test
    @DisplayName("a file in the override directory replaces the built-in wording of its kind only")
    void anOverrideFileReplacesTheBuiltInWording(@TempDir final Path folder) throws IOException {
        // GIVEN a community's own wording for the short thank-you
        Files.writeString(folder.resolve("thank_you_short.mustache"),
                "Subject: Many thanks, {{recipientFirstName}}\n\n{{greeting}}\n\nOur community wording for the "
                        + "{{role}} role at {{company}}.{{#detail}} We spoke about {{detail}}.{{/detail}}\n\n{{name}}\n",
                StandardCharsets.UTF_8);
        final DraftRenderer overridden = new DraftRenderer(Optional.of(folder));
        final DraftContext context = SampleInterviews.fullContext(DraftKind.THANK_YOU_SHORT);
        // WHEN drafts are rendered
        final Draft thankYou = overridden.render(DraftKind.THANK_YOU_SHORT, context);
        final Draft checkIn = overridden.render(DraftKind.CHECK_IN, SampleInterviews.fullContext(DraftKind.CHECK_IN));
        // THEN the override wins for its kind and the other kinds keep the built-in wording
        assertThat(thankYou.subject()).contains("Many thanks, Ana");
        assertThat(thankYou.body()).isEqualTo("Dear Ana,\n\nOur community wording for the Data Engineer role at "
                + "Acme Analytics. We spoke about " + SampleInterviews.ANA.detail() + ".\n\nMaya Lindqvist");
        assertThat(checkIn).isEqualTo(renderer.render(DraftKind.CHECK_IN, SampleInterviews.fullContext(DraftKind.CHECK_IN)));
    }

    @Test
    @DisplayName("an override with an unknown value is refused when the renderer is built, naming the file")
    void anOverrideWithAnUnknownValueIsRefused(@TempDir final Path folder) throws IOException {
        // GIVEN an override that misspells a value
        final Path file = folder.resolve("check_in.mustache");
        Files.writeString(file, "Subject: Hello\n\n{{greting}}\n", StandardCharsets.UTF_8);
        // WHEN the renderer is built THEN it refuses, naming the file
        assertThatThrownBy(() -> new DraftRenderer(Optional.of(folder)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
    }

    @Test
    @DisplayName("an email override without a subject line is refused")
    void anEmailOverrideWithoutASubjectIsRefused(@TempDir final Path folder) throws IOException {
        // GIVEN an email override that forgot its subject line
        Files.writeString(folder.resolve("withdrawal.mustache"), "{{greeting}}\n\nI withdraw.\n", StandardCharsets.UTF_8);
        // WHEN the renderer is built THEN it refuses
        assertThatThrownBy(() -> new DraftRenderer(Optional.of(folder)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Subject");
    }

    @Test
    @DisplayName("a missing override directory means the built-in wording")
    void aMissingOverrideDirectoryMeansBuiltInWording(@TempDir final Path folder) {
        // GIVEN a folder that does not exist WHEN the renderer is built and renders
        final DraftRenderer fromNowhere = new DraftRenderer(Optional.of(folder.resolve("absent")));
        final DraftContext context = SampleInterviews.fullContext(DraftKind.MOVE_ON);
        // THEN it renders exactly the built-in text
        assertThat(fromNowhere.render(DraftKind.MOVE_ON, context)).isEqualTo(renderer.render(DraftKind.MOVE_ON, context));
    }

    static CheckContext checkContext(final DraftKind kind, final DraftContext context) {
        final CheckContext checkContext = CheckContext.forDraft(kind, context.interview(), SEND_DATE);
        return context.to().map(checkContext::withRecipient).orElse(checkContext);
    }

    static void assertNoArtefacts(final Draft draft) {
        for (final Pattern artefact : ARTEFACTS) {
            assertThat(draft.text()).as("%s in %s", artefact, draft.kind()).doesNotContainPattern(artefact);
        }
        assertThat(draft.body()).doesNotStartWith(" ").doesNotEndWith(" ");
    }
}
