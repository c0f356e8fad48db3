package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.StepKind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("DraftKind")
final class DraftKindTest {

    @ParameterizedTest
    @EnumSource(DraftKind.class)
    @DisplayName("key and fromKey round-trip, with dashes, spaces and any case accepted")
    void keyAndFromKeyRoundTrip(final DraftKind kind) {
        // GIVEN a kind WHEN its key is read back in several spellings THEN the same kind comes back
        assertThat(kind.key()).matches("[a-z_]+");
        assertThat(DraftKind.fromKey(kind.key())).contains(kind);
        assertThat(DraftKind.fromKey(" " + kind.key().replace('_', '-').toUpperCase() + " ")).contains(kind);
    }

    @Test
    @DisplayName("an unknown or missing key gives nothing")
    void anUnknownKeyGivesNothing() {
        assertThat(DraftKind.fromKey("love_letter")).isEmpty();
        assertThat(DraftKind.fromKey(null)).isEmpty();
    }

    @Test
    @DisplayName("only the voicemail script, the LinkedIn note and the handwritten card are not emails")
    void onlyVoicemailLinkedInAndCardAreNotEmails() {
        for (final DraftKind kind : DraftKind.values()) {
            assertThat(kind.isEmail()).as(kind.key()).isEqualTo(kind != DraftKind.VOICEMAIL
                    && kind != DraftKind.LINKEDIN_NOTE && kind != DraftKind.HANDWRITTEN_NOTE);
        }
    }

    @Test
    @DisplayName("length bounds follow the rules' table")
    void lengthBoundsFollowTheRules() {
        assertThat(DraftKind.THANK_YOU_FULL.bounds()).isEqualTo(LengthBounds.words(200, 300));
        assertThat(DraftKind.LINKEDIN_NOTE.bounds().unit()).isEqualTo(LengthBounds.Unit.CHARACTERS);
        assertThat(DraftKind.LINKEDIN_NOTE.bounds().max()).isEqualTo(299);
        assertThat(DraftKind.VOICEMAIL.bounds()).isEqualTo(LengthBounds.words(60, 90));
        assertThat(DraftKind.CHECK_IN.bounds().max()).isLessThanOrEqualTo(150);
    }

    @Test
    @DisplayName("far outside means under half the minimum or over one and a half times the maximum")
    void farOutsideIsHalfOrOneAndAHalf() {
        final LengthBounds bounds = LengthBounds.words(200, 300);
        assertThat(bounds.far(100)).isFalse();
        assertThat(bounds.far(99)).isTrue();
        assertThat(bounds.far(450)).isFalse();
        assertThat(bounds.far(451)).isTrue();
    }

    @DisplayName("each nudge offers the drafts of its step: both thank-yous (and the late one), the card with the "
            + "LinkedIn connection, accepting or asking for time on an offer, the final check-in last, a voicemail first "
            + "for a phone-preferring employer, the one draft of every other step and none for the prep reminder")
    @ParameterizedTest(name = "{0}, last {1}, {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            THANK_YOU       | false | EMAIL | THANK_YOU_SHORT THANK_YOU_FULL THANK_YOU_LATE
            LINKEDIN        | false | EMAIL | LINKEDIN_NOTE HANDWRITTEN_NOTE
            REPLY_OFFER     | false | EMAIL | OFFER_ACCEPT OFFER_ASK_TIME
            CHECK_IN        | false | EMAIL | CHECK_IN VALUE_ADD
            CHECK_IN        | true  | EMAIL | FINAL_CHECK_IN
            CHECK_IN        | false | PHONE | VOICEMAIL CHECK_IN VALUE_ADD
            CHECK_IN        | true  | PHONE | VOICEMAIL FINAL_CHECK_IN
            PREP            | false | EMAIL | none
            DEBRIEF         | false | EMAIL | none
            REPLY_UPDATE    | false | EMAIL | REPLY_UPDATE
            REPLY_REJECTION | false | EMAIL | REPLY_REJECTION
            COMPETING_OFFER | false | EMAIL | COMPETING_OFFER
            WITHDRAWAL      | false | EMAIL | WITHDRAWAL
            MOVE_ON         | false | PHONE | MOVE_ON
            """)
    void eachNudgeOffersTheDraftsOfItsStep(final StepKind step, final boolean last, final ContactChannel channel,
                                           final String offered) {
        // GIVEN a nudge of a step, the last of its kind or not, for an employer reached by a channel
        // WHEN the drafts it offers are listed
        // THEN exactly these, in this order
        final List<DraftKind> expected = offered == null ? List.of()
                : Arrays.stream(offered.split(" ")).map(DraftKind::valueOf).toList();
        assertThat(DraftKind.offeredFor(step, last, channel)).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("check-ins of a phone interview offer the voicemail script after the email; other interviews do not")
    void phoneInterviewsAlsoGetAVoicemail() {
        final Interview byPhone = new Interview("Acme", "Analyst", SampleInterviews.full().startsAt(), null,
                InterviewFormat.PHONE, List.of(), Optional.empty(), ContactChannel.EMAIL,
                SampleInterviews.full().recordedAt(), "");

        assertThat(DraftKind.offeredFor(StepKind.CHECK_IN, false, byPhone))
                .containsExactly(DraftKind.CHECK_IN, DraftKind.VOICEMAIL, DraftKind.VALUE_ADD);
        assertThat(DraftKind.offeredFor(StepKind.CHECK_IN, true, byPhone))
                .containsExactly(DraftKind.FINAL_CHECK_IN, DraftKind.VOICEMAIL);
        assertThat(DraftKind.offeredFor(StepKind.THANK_YOU, false, byPhone)).doesNotContain(DraftKind.VOICEMAIL);
        assertThat(DraftKind.offeredFor(StepKind.CHECK_IN, false, SampleInterviews.full()))
                .doesNotContain(DraftKind.VOICEMAIL);
    }

    @Test
    @DisplayName("every kind but the value-add note is offered by some step")
    void everyKindIsOfferedBySomeStep() {
        final Set<DraftKind> offered = EnumSet.noneOf(DraftKind.class);
        for (final StepKind step : StepKind.values()) {
            for (final ContactChannel channel : ContactChannel.values()) {
                offered.addAll(DraftKind.offeredFor(step, false, channel));
                offered.addAll(DraftKind.offeredFor(step, true, channel));
            }
        }
        assertThat(offered).containsExactlyInAnyOrder(DraftKind.values());
    }
}
