package io.followupbot.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Text helpers: tidying, phone numbers, phrases and dates")
final class TextHelpersTest {

    @Test
    @DisplayName("tidy removes the gaps an empty section leaves behind")
    void tidyRemovesGaps() {
        // GIVEN rendered text with double spaces, a space before a comma and extra blank lines
        final String rendered = "Dear Ana,  \n\n\n\nThank you  for the call , and  the tour .\n\n\nKind regards,\n\n";
        // WHEN tidied THEN it reads cleanly
        assertThat(PlainText.tidy(rendered)).isEqualTo("Dear Ana,\n\nThank you for the call, and the tour.\n\nKind regards,");
    }

    @Test
    @DisplayName("words skip the subject line and keep contractions and hyphenated words whole")
    void wordsSkipTheSubject() {
        assertThat(PlainText.words("Subject: Hello there\n\nI'm an on-site person.")).containsExactly("I'm", "an", "on-site", "person");
    }

    @Test
    @DisplayName("a phone number is found in a signature and spelt out slowly")
    void aPhoneNumberIsFoundAndSpeltOut() {
        assertThat(PhoneNumbers.find("Maya | +1 (415) 555-0142 | maya@example.com")).contains("+1 (415) 555-0142");
        assertThat(PhoneNumbers.spokenSlowly("+1 (415) 555-0142")).isEqualTo("plus 1, 4 1 5, 5 5 5, 0 1 4 2");
        assertThat(PhoneNumbers.spokenSlowly("020 7946 0958")).isEqualTo("0 2 0, 7 9 4 6, 0 9 5 8");
    }

    @Test
    @DisplayName("a year, a date or a short code is not a phone number")
    void aYearIsNotAPhoneNumber() {
        assertThat(PhoneNumbers.find("Since 2019, portfolio at example.com/2024")).isEmpty();
        assertThat(PhoneNumbers.find("")).isEmpty();
    }

    @Test
    @DisplayName("a context's phone number comes from the signature unless given")
    void theContextPhoneComesFromTheSignature() {
        final DraftContext context = DraftContext.of(SampleInterviews.full(), SampleInterviews.member());
        assertThat(context.phoneNumber()).contains(SampleInterviews.PHONE);
        assertThat(context.withPhone("07700 900123").phoneNumber()).contains("07700 900123");
        assertThat(context.withPhone("  ").phoneNumber()).contains(SampleInterviews.PHONE);
    }

    @Test
    @DisplayName("a detail becomes a mid-sentence phrase; an addition becomes a sentence")
    void detailsAndAdditionsAreShaped() {
        assertThat(TemplateValues.phrase("The migration to Kafka.")).isEqualTo("the migration to Kafka");
        assertThat(TemplateValues.phrase("Kafka consumer lag")).isEqualTo("Kafka consumer lag");
        assertThat(TemplateValues.phrase("  ")).isEmpty();
        assertThat(TemplateValues.sentence("i also speak German")).isEqualTo("I also speak German.");
        assertThat(TemplateValues.sentence("Did I mention Rust?")).isEqualTo("Did I mention Rust?");
    }

    @Test
    @DisplayName("dates are written as weekday, day and month; the year only when it differs")
    void datesInWords() {
        final LocalDate interview = LocalDate.of(2026, 12, 15);
        assertThat(TemplateValues.inWords(LocalDate.of(2026, 12, 18), interview)).isEqualTo("Friday 18 December");
        assertThat(TemplateValues.inWords(LocalDate.of(2027, 1, 8), interview)).isEqualTo("Friday 8 January 2027");
    }
}
