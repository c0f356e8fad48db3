package io.followupbot.conversation.intake;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.MemberSettings;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The parts an intake question is declared with ({@link QuestionSpec}) and the readers that read its answers
 * ({@link IntakeReaders}), on their own: a new question is one declaration, and it must get exactly what it says.
 */
final class QuestionPartsTest {

    private static final Member ANA = new Member("m1", new MemberKey("web", "local", "ana"), "Ana Ruiz",
            MemberSettings.defaults(ZoneId.of("America/New_York"), "US"), true, null, null, null);

    private static IntakeContext at(final IntakeNotes draft) {
        return new IntakeContext(ANA, draft, 0, TUESDAY_EVENING, new LooseDateParser());
    }

    @Test
    @DisplayName("GIVEN a question declared with every part THEN it is asked, read, skipped, edited and placed as "
            + "declared")
    void everyPartIsKept() {
        // GIVEN
        final QuestionSpec spec = QuestionSpec.ask(at -> Outbound.text("Which team is it?"))
                .reads(IntakeReaders.text(4, IntakeNotes::withRole)).skippable(draft -> draft.withRole("unknown"))
                .editedAs("team", "squad").freeText("the team").afterTheInterview().perInterviewer()
                .onTheSummary("summary.edit-team").leadsOnAfterEdit().build();
        // THEN
        assertThat(spec.prompt(at(IntakeNotes.empty())).text()).isEqualTo("Which team is it?");
        assertThat(spec.read(at(IntakeNotes.empty()), "Data Platform").draft().role()).as("cut to 4 characters")
                .isEqualTo("Data");
        assertThat(spec.skip().orElseThrow().apply(IntakeNotes.empty()).role()).isEqualTo("unknown");
        assertThat(spec.editWords()).containsExactly("team", "squad");
        assertThat(spec.answerNamed()).contains("the team");
        assertThat(spec.summaryButton()).contains("summary.edit-team");
        assertThat(spec.afterTheInterview()).isTrue();
        assertThat(spec.perInterviewer()).isTrue();
        assertThat(spec.leadsOnAfterEdit()).isTrue();
    }

    @Test
    @DisplayName("GIVEN a question declared with its prompt alone THEN it is required, asked at once, not edited at the "
            + "summary, and no word typed there is offered as its answer")
    void unsaidPartsKeepTheDefaults() {
        // GIVEN
        final QuestionSpec spec = QuestionSpec.ask(at -> Outbound.text("Which team is it?")).build();
        // THEN
        assertThat(spec.skip()).isEmpty();
        assertThat(spec.editWords()).isEmpty();
        assertThat(spec.answerNamed()).isEmpty();
        assertThat(spec.summaryButton()).isEmpty();
        assertThat(spec.afterTheInterview()).isFalse();
        assertThat(spec.perInterviewer()).isFalse();
        assertThat(spec.leadsOnAfterEdit()).isFalse();
    }

    @Test
    @DisplayName("GIVEN a reader of one of a few words WHEN one of them is typed THEN it is in the notes; anything else "
            + "keeps the notes as they were, with the problem")
    void oneOfAFewWords() {
        final var reader = IntakeReaders.oneOf(InterviewFormat::parse, IntakeNotes::withFormat, "Phone or video?");

        final IntakeAnswer video = reader.apply(at(IntakeNotes.empty()), "video");
        final IntakeAnswer pigeon = reader.apply(at(IntakeNotes.empty()), "by pigeon");

        assertThat(video.draft().format()).isEqualTo(InterviewFormat.VIDEO);
        assertThat(video.problem()).isEmpty();
        assertThat(pigeon.problem()).contains("Phone or video?");
        assertThat(pigeon.draft()).isEqualTo(IntakeNotes.empty());
    }

    @Test
    @DisplayName("GIVEN notes without the interview's time WHEN a decision date is read THEN the member is asked for "
            + "the interview's time first, since the date is read from it")
    void aDecisionDateNeedsTheInterviewTime() {
        final IntakeAnswer answer = IntakeReaders.decisionDate(at(IntakeNotes.empty()), "by Friday");

        assertThat(answer.problem()).contains("Tell me when the interview was first (type back).");
        assertThat(answer.draft()).isEqualTo(IntakeNotes.empty());
    }
}
