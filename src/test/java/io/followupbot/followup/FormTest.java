package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.dates.LooseDateParser;
import io.followupbot.policy.BusinessCalendars;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A form as every platform renders it, and the one place its words come from. */
final class FormTest {

    @ParameterizedTest(name = "\"{0}\" in a box of {1} ({2}) shows \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Analytics|20|false|Acme Analytics
            Acme\\nAnalytics|20|false|Acme Analytics
            Acme \\r\\n  Analytics|20|false|Acme Analytics
            Acme\\nAnalytics|20|true|Acme\\nAnalytics
            '  Acme  '|20|true|Acme
            Acme Analytics|14|false|Acme Analytics
            Acme Analytics|13|false|Acme Analytic
            Acme Analytics|5|false|Acme
            Ana\\nRuiz|8|true|Ana\\nRuiz
            Ana\\nRuiz|4|true|Ana
            """)
    @DisplayName("a value fits its box: one line unless the box has several, cut at its limit without a trailing space")
    void valuesFitTheirBox(final String value, final int max, final boolean multiline, final String shown) {
        final String typed = value.replace("\\n", "\n").replace("\\r", "\r");

        assertThat(Form.fitted(typed, max, multiline)).isEqualTo(shown.replace("\\n", "\n"));
        assertThat(new Form.FormField("k", "label", max, multiline, typed, List.of()).fittedValue())
                .isEqualTo(shown.replace("\\n", "\n"));
    }

    @Test
    @DisplayName("a field is found by its key, never by its label")
    void fieldsByKey() {
        final Form form = new Form("Title", List.of(new Form.FormField("zone", "company", 10, false, "", List.of()),
                new Form.FormField("company", "Company", 10, false, "Acme", List.of())));

        assertThat(form.field("company").orElseThrow().value()).isEqualTo("Acme");
        assertThat(form.field("role")).isEmpty();
    }

    @Test
    @DisplayName("GIVEN use cases in a reworded text WHEN a form opens THEN it reads the new words; use cases in the "
            + "shipped words beside them keep theirs")
    void eachUseCasesHasItsOwnWording(@TempDir final Path folder) {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-02T12:00:00Z"))) {
            // GIVEN use cases in the shipped words, and use cases on the same store with the title reworded
            final String shipped = Wording.standard().text("settings.title");
            final UseCases reworded = UseCases.on(core.store, new FollowUpPolicy(BusinessCalendars.withoutClosures()),
                    new LooseDateParser(), core.clock, Wording.standard().with("settings.title", "Réglages"));

            // WHEN each opens the settings form THEN each reads its own words
            assertThat(reworded.settings().form(Optional.empty()).title()).isEqualTo("Réglages");
            assertThat(core.app.settings().form(Optional.empty()).title()).isEqualTo(shipped);
        }
    }

    @Test
    @DisplayName("every text has a key known to the wording; an unknown key is refused by name, never shown empty")
    void unknownKeysAreRefused() {
        assertThat(Wording.keys()).contains("settings.title", "edit.saved", "form.cancel");
        assertThat(Wording.keys()).allSatisfy(key -> assertThat(Wording.standard().text(key)).isNotBlank());
        assertThatThrownBy(() -> Wording.standard().text("settings.colour")).hasMessageContaining("settings.colour");
        assertThatThrownBy(() -> Wording.standard().with("settings.colour", "x"))
                .hasMessageContaining("settings.colour");
        assertThat(Wording.standard().format("edit.title", 3)).isEqualTo("Edit interview #3");
    }
}
