package io.followupbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReadMessageCommandTest {

    @TempDir
    Path folder;

    private static CommandRun run(final String... args) {
        return CommandRun.subcommand(List.of("read-message"), args);
    }

    /** The test resource {@code resource} copied into the test's folder as {@code name}. */
    private Path copied(final String resource, final String name) throws IOException {
        final Path file = folder.resolve(name);
        try (InputStream in = ReadMessageCommandTest.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** One of our own example messages (src/test/resources/employer/own), copied into the test's folder. */
    private Path resource(final String name) throws IOException {
        return copied("/employer/own/" + name, name);
    }

    @Test
    @DisplayName("GIVEN an invitation email WHEN read-message --json THEN exactly one line with the seven fields, the time in "
            + "the zone the message states")
    void json() throws IOException {
        // GIVEN an .eml sent on Monday 9 March that confirms Thursday 12 March at 2:00 PM EST
        final Path mail = resource("invite-multipart.eml");

        // WHEN it is read as JSON, --now defaulting to the message's own Date
        final CommandRun run = run(mail.toString(), "--zone", "America/New_York", "--json");

        // THEN one line
        assertThat(run.printed()).isEqualTo("{\"kind\":\"invite\",\"company\":\"Acme Analytics\",\"role\":\"Data Analyst\","
                + "\"at\":\"2026-03-12T14:00-04:00\",\"format\":\"video\",\"interviewers\":[\"Dana Whitfield\",\"Raj Patel\"],"
                + "\"decision_by\":null}" + System.lineSeparator());
    }

    @Test
    @DisplayName("GIVEN the README's example, a Greenhouse invitation, WHEN read-message --json THEN the README's line")
    void readmeExample() throws IOException {
        // GIVEN the corpus's Greenhouse invitation, as greenhouse-invite.eml
        final Path mail = copied("/employer/corpus/01-greenhouse-invite-zoom.eml", "greenhouse-invite.eml");

        // WHEN read as the README shows
        final CommandRun run = run("--zone", "America/New_York", "--json", mail.toString());

        // THEN the README's line
        assertThat(run.out()).isEqualTo("{\"kind\":\"invite\",\"company\":\"Brightwater Analytics\",\"role\":\"Senior Data Analyst\","
                + "\"at\":\"2026-03-12T14:00-04:00\",\"format\":\"video\",\"interviewers\":[\"Priya Natarajan\",\"Tom Keller\"],"
                + "\"decision_by\":null}" + System.lineSeparator());
    }

    @Test
    @DisplayName("GIVEN an offer WHEN read-message without --json THEN the fields in words and the sentence the bot would say")
    void words() throws IOException {
        // GIVEN a pasted offer, read on Thursday 12 March in New York
        final CommandRun run = run(resource("offer.txt").toString(), "--zone", "New York", "--now", "2026-03-12T09:00");

        // THEN each field on its line, then the proposal
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                "kind:         offer",
                "company:      Lumen Health",
                "role:         Senior UX Researcher",
                "at:           - (the message gives no start time)",
                "format:       -",
                "interviewers: -",
                "decision by:  Friday 20 March 2026",
                "",
                "An offer from Lumen Health for the Senior UX Researcher role, to answer by Friday 20 March 2026. "
                        + "Shall I record it and offer the reply drafts?") + System.lineSeparator());
    }

    @Test
    @DisplayName("GIVEN --help THEN the usage of read-message")
    void help() {
        final CommandRun run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: followup-bot read-message").contains("--zone=ZONE").contains("--now=WHEN")
                .contains("--json");
    }

    @Test
    @DisplayName("GIVEN a missing file, a file over 1 MB, a PDF or a bad --now THEN exit 2 with one line")
    void badFiles() throws IOException {
        // GIVEN a missing file, 2 MB of text, a PDF
        final Path large = folder.resolve("large.txt");
        Files.writeString(large, "a".repeat(2 * 1024 * 1024));
        final Path pdf = resource("resume.pdf");

        // WHEN each is read
        final CommandRun missing = run(folder.resolve("nothing.eml").toString());
        final CommandRun tooLarge = run(large.toString(), "--json");
        final CommandRun binary = run(pdf.toString());
        final CommandRun badNow = run(pdf.toString(), "--now", "soon");

        // THEN status 2 and one line each, nothing on stdout
        assertThat(List.of(missing, tooLarge, binary, badNow)).allSatisfy(bad -> {
            assertThat(bad.refusal()).startsWith("read-message: ");
        });
        assertThat(missing.err()).endsWith("nothing.eml: cannot be read (no such file)" + System.lineSeparator());
        assertThat(tooLarge.err()).endsWith("large.txt: larger than 1 MB; I read messages of up to 1 MB" + System.lineSeparator());
        assertThat(binary.err()).contains("resume.pdf: That is a PDF, not an email or a calendar invite.");
        assertThat(badNow.err()).contains("--now 'soon' is not a date and time");
    }

    @Test
    @DisplayName("GIVEN a calendar file and a German message THEN the invite's zone, and 'other' for the German one")
    void calendarAndLanguage() throws IOException {
        final CommandRun calendar = run(resource("invite-outlook.ics").toString(), "--zone", "America/New_York", "--now",
                "2026-03-10T09:00", "--json");
        final CommandRun german = run(resource("german.txt").toString(), "--zone", "Berlin", "--json");

        assertThat(calendar.out()).isEqualTo("{\"kind\":\"invite\",\"company\":\"Kestrel\",\"role\":\"Platform Engineer\","
                + "\"at\":\"2026-03-16T15:00+01:00\",\"format\":\"video\",\"interviewers\":[\"Markus Weber\",\"Anna Schmidt\"],"
                + "\"decision_by\":null}" + System.lineSeparator());
        assertThat(german.out()).isEqualTo("{\"kind\":\"other\",\"company\":null,\"role\":null,\"at\":null,\"format\":null,"
                + "\"interviewers\":[],\"decision_by\":null}" + System.lineSeparator());
    }
}
