package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Interview;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The parts of a text: pronouns, bullets, greeting and content, company names")
final class TextPartsTest {

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Dana leads the team                  | you lead the team
            Dana really leads the team           | you really lead the team
            Dana's team ships daily              | your team ships daily
            she carries the pager                | you carry the pager
            she fixes the builds                 | you fix the builds
            he teaches the juniors               | you teach the juniors
            she uses Kafka                       | you use Kafka
            she is                               | you are
            she does                             | you do
            she quickly always reviews code      | you quickly always review code
            she really                           | you really
            she's leading the migration          | you're leading the migration
            she's been leading the migration     | you've been leading the migration
            he'll decide                         | you'll decide
            her team and her                     | your team and you
            I asked her about it                 | I asked you about it
            She leads the team                   | You lead the team
            "she leads the team"                 | "you lead the team"
            (she) leads                          | (you) lead
            123 she leads                        | 123 you lead
            ...                                  | ...
            """)
    @DisplayName("a note about the interviewer is addressed to them: pronoun, verb agreement, capital and punctuation")
    void notesAreAddressedToTheInterviewer(final String note, final String addressed) {
        assertThat(Pronouns.toSecondPerson(note, List.of("Dana Whitfield", "Dana"))).isEqualTo(addressed);
    }

    @ParameterizedTest(name = "\"{0}\" is a bulleted list: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            - one\\n- two              | true
            1. first\\n2. second       | true
            - a\\nplain line\\n- b     | true
            - one                     | false
            - one\\n\\n   \\nplain     | false
            """)
    @DisplayName("two bulleted or numbered lines make a list; one does not")
    void bullets(final String raw, final boolean bulleted) {
        assertThat(LetterText.hasBullets(raw.replace("\\n", "\n"))).isEqualTo(bulleted);
    }

    @Test
    @DisplayName("no text has no bullets and no lines")
    void noText() {
        assertThat(LetterText.hasBullets(null)).isFalse();
        assertThat(LetterText.lines(null)).isEmpty();
    }

    @Test
    @DisplayName("a letter splits into subject, greeting target and the content before the closing")
    void messageParts() {
        final MessageParts parts = MessageParts.of(
                "Subject: Thank you\n\nDear Ana,\n\nThe tour of the data platform was great.\n\nKind regards,\nMaya");
        assertThat(parts.subject()).contains("Thank you");
        assertThat(parts.greetingTarget()).contains("Ana");
        assertThat(parts.content()).isEqualTo("The tour of the data platform was great.");
        assertThat(MessageParts.of("subject:Hello")).isEqualTo(new MessageParts(Optional.of("Hello"), Optional.empty(), ""));
        assertThat(MessageParts.of("Dear Ana, the tour was great.\nBest,\nMaya"))
                .isEqualTo(new MessageParts(Optional.empty(), Optional.of("Ana"), "the tour was great."));
        assertThat(MessageParts.of("The tour was great")).isEqualTo(
                new MessageParts(Optional.empty(), Optional.empty(), "The tour was great"));
    }

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Analytics Ltd.   | Acme Analytics
            Acme Analytics        | Acme Analytics
            Ltd.                  | Ltd
            """)
    @DisplayName("a company's name loses its legal form, unless that is all there is")
    void companyCore(final String company, final String core) {
        assertThat(Companies.core(company)).isEqualTo(core);
    }

    @Test
    @DisplayName("a finding rule has a snake-case key for the chat and test data")
    void findingRuleKey() {
        assertThat(FindingRule.NO_SPECIFIC_DETAIL.key()).isEqualTo("no_specific_detail");
        assertThat(FindingRule.CUT_OFF.key()).isEqualTo("cut_off");
    }

    @Test
    @DisplayName("thank-yous and LinkedIn notes go to each interviewer; check-ins and replies to the process")
    void perInterviewer() {
        assertThat(DraftKind.LINKEDIN_NOTE.isPerInterviewer()).isTrue();
        assertThat(DraftKind.HANDWRITTEN_NOTE.isPerInterviewer()).isTrue();
        assertThat(Set.of(DraftKind.CHECK_IN, DraftKind.VOICEMAIL, DraftKind.REPLY_UPDATE, DraftKind.VALUE_ADD))
                .noneMatch(DraftKind::isPerInterviewer);
    }

    @Test
    @DisplayName("a check context built with nothing given holds empty values; the decision date falls back to the interview's")
    void checkContextDefaults() {
        final Interview interview = SampleInterviews.full();
        final CheckContext context = new CheckContext(null, Optional.of(interview), null, null, null, null,
                LocalDate.of(2026, 3, 16));
        assertThat(context.kind()).isEmpty();
        assertThat(context.recipient()).isEmpty();
        assertThat(context.lastCheckIn()).isEmpty();
        assertThat(context.otherCompanies()).isEmpty();
        assertThat(context.statedDecisionDate()).contains(SampleInterviews.DECISION_DATE);
        assertThat(context.withDecisionDate(LocalDate.of(2026, 3, 20)).statedDecisionDate())
                .contains(LocalDate.of(2026, 3, 20));
    }
}
