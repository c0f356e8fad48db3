package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.StepKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Test
    @DisplayName("a thank-you nudge offers the short and the full thank-you (and the late one, when it is late); the "
            + "handwritten card comes with the LinkedIn connection, once the thank-you is out")
    void aThankYouNudgeOffersBothThankYousAndTheCardComesAfter() {
        assertThat(DraftKind.offeredFor(StepKind.THANK_YOU, false, ContactChannel.EMAIL))
                .containsExactly(DraftKind.THANK_YOU_SHORT, DraftKind.THANK_YOU_FULL, DraftKind.THANK_YOU_LATE);
        assertThat(DraftKind.offeredFor(StepKind.LINKEDIN, false, ContactChannel.EMAIL))
                .containsExactly(DraftKind.LINKEDIN_NOTE, DraftKind.HANDWRITTEN_NOTE);
    }

    @Test
    @DisplayName("an offer nudge offers accepting and asking for time")
    void anOfferNudgeOffersAcceptAndAskForTime() {
        assertThat(DraftKind.offeredFor(StepKind.REPLY_OFFER, false, ContactChannel.EMAIL))
                .containsExactly(DraftKind.OFFER_ACCEPT, DraftKind.OFFER_ASK_TIME);
    }

    @Test
    @DisplayName("check-ins: the last one gets the final check-in, a phone-preferring employer a voicemail first")
    void checkInsDependOnLastAndChannel() {
        assertThat(DraftKind.offeredFor(StepKind.CHECK_IN, false, ContactChannel.EMAIL))
                .containsExactly(DraftKind.CHECK_IN, DraftKind.VALUE_ADD);
        assertThat(DraftKind.offeredFor(StepKind.CHECK_IN, true, ContactChannel.EMAIL))
                .containsExactly(DraftKind.FINAL_CHECK_IN);
        assertThat(DraftKind.offeredFor(StepKind.CHECK_IN, false, ContactChannel.PHONE))
                .containsExactly(DraftKind.VOICEMAIL, DraftKind.CHECK_IN, DraftKind.VALUE_ADD);
        assertThat(DraftKind.offeredFor(StepKind.CHECK_IN, true, ContactChannel.PHONE))
                .containsExactly(DraftKind.VOICEMAIL, DraftKind.FINAL_CHECK_IN);
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
    @DisplayName("every other step offers its one draft, and the prep reminder none")
    void everyOtherStepOffersItsDraft() {
        assertThat(DraftKind.offeredFor(StepKind.PREP, false, ContactChannel.EMAIL)).isEmpty();
        assertThat(DraftKind.offeredFor(StepKind.DEBRIEF, false, ContactChannel.EMAIL)).isEmpty();
        assertThat(DraftKind.offeredFor(StepKind.REPLY_UPDATE, false, ContactChannel.EMAIL)).containsExactly(DraftKind.REPLY_UPDATE);
        assertThat(DraftKind.offeredFor(StepKind.REPLY_REJECTION, false, ContactChannel.EMAIL)).containsExactly(DraftKind.REPLY_REJECTION);
        assertThat(DraftKind.offeredFor(StepKind.COMPETING_OFFER, false, ContactChannel.EMAIL)).containsExactly(DraftKind.COMPETING_OFFER);
        assertThat(DraftKind.offeredFor(StepKind.WITHDRAWAL, false, ContactChannel.EMAIL)).containsExactly(DraftKind.WITHDRAWAL);
        assertThat(DraftKind.offeredFor(StepKind.MOVE_ON, false, ContactChannel.PHONE)).containsExactly(DraftKind.MOVE_ON);
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
