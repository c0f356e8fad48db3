package io.followupbot.interview;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The words members type for a cadence, a contact channel, an interview's format or a step's name. */
final class WordsMembersTypeTest {

    @DisplayName("Cadence: its name in any case and spacing; the number of check-ins each allows")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            gentle, GENTLE
            ' Standard ', STANDARD
            PERSISTENT, PERSISTENT
            """)
    void cadenceByName(final String typed, final Cadence expected) {
        assertThat(Cadence.parse(typed)).contains(expected);
        assertThat(Cadence.parse(expected.key())).contains(expected);
    }

    @Test
    @DisplayName("Cadence: gentle one check-in, standard two, persistent three (rules, section 1); keys in lower case")
    void cadenceCheckIns() {
        assertThat(Arrays.stream(Cadence.values()).map(Cadence::checkIns)).containsExactly(1, 2, 3);
        assertThat(Arrays.stream(Cadence.values()).map(Cadence::key)).containsExactly("gentle", "standard", "persistent");
    }

    @DisplayName("Cadence: anything else is not a cadence")
    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"gentler", "pushy", "2"})
    void notACadence(final String typed) {
        assertThat(Cadence.parse(typed)).isEmpty();
    }

    @DisplayName("Contact channel: what a member says they were asked to use")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            email, EMAIL
            E-Mail please, EMAIL
            Gmail, EMAIL
            phone, PHONE
            give them a CALL, PHONE
            linkedin, LINKEDIN
            ' LinkedIn message ', LINKEDIN
            """)
    void channels(final String typed, final ContactChannel expected) {
        assertThat(ContactChannel.parse(typed)).contains(expected);
    }

    @DisplayName("Contact channel: nothing recognisable is no channel")
    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"carrier pigeon", "slack"})
    void noChannel(final String typed) {
        assertThat(ContactChannel.parse(typed)).isEmpty();
    }

    @Test
    @DisplayName("Contact channel: each is named as a person writes it")
    void channelLabels() {
        assertThat(Arrays.stream(ContactChannel.values()).map(ContactChannel::label))
                .containsExactly("email", "phone", "LinkedIn");
    }

    @DisplayName("Interview format: phone, video or on-site from the words members use")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            phone, PHONE
            call, PHONE
            Telephone screen, PHONE
            phone screen, PHONE
            video, VIDEO
            Zoom, VIDEO
            MS Teams, VIDEO
            google meet, VIDEO
            remote, VIDEO
            online, VIDEO
            on site, ONSITE
            onsite, ONSITE
            in person, ONSITE
            at their office, ONSITE
            """)
    void formats(final String typed, final InterviewFormat expected) {
        assertThat(InterviewFormat.parse(typed)).contains(expected);
    }

    @DisplayName("Interview format: nothing recognisable is no format (a video call is video, a bare 'call' is a phone)")
    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "lunch", "conference call"})
    void noFormat(final String typed) {
        assertThat(InterviewFormat.parse(typed)).isEmpty();
    }

    @Test
    @DisplayName("Interview format: each is named as a person writes it; an application before any interview is one "
            + "no member types")
    void formatLabels() {
        assertThat(Arrays.stream(InterviewFormat.values()).map(InterviewFormat::label))
                .containsExactly("phone", "video", "on-site", "application");
        assertThat(InterviewFormat.parse("application")).isEmpty();
    }

    @DisplayName("Step kind: read back from its key, in any case, with dashes or spaces")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            thank_you, THANK_YOU
            THANK-YOU, THANK_YOU
            ' check in ', CHECK_IN
            move_on, MOVE_ON
            reply offer, REPLY_OFFER
            """)
    void stepKindFromKey(final String typed, final StepKind expected) {
        assertThat(StepKind.fromKey(typed)).contains(expected);
    }

    @DisplayName("Step kind: anything else is not a step")
    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"thanks", "check_ins"})
    void notAStepKind(final String typed) {
        assertThat(StepKind.fromKey(typed)).isEmpty();
    }

    @Test
    @DisplayName("Step kind: every key reads back as its kind")
    void everyKeyReadsBack() {
        for (final StepKind kind : StepKind.values()) {
            assertThat(StepKind.fromKey(kind.key())).contains(kind);
            assertThat(kind.key()).isEqualTo(kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
