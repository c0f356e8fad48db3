package io.followupbot.conversation.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake's notes: one immutable type, changed only by its named withers, readable across versions. */
final class IntakeNotesTest {

    @Test
    @DisplayName("nothing outside IntakeNotes calls its constructor: every change goes through a named wither")
    void noPositionalConstructionOutside() {
        noClasses().that().doNotBelongToAnyOf(IntakeNotes.class)
                .should().callConstructorWhere(DescribedPredicate.describe("a constructor of IntakeNotes",
                        (JavaConstructorCall call) -> call.getTargetOwner().isEquivalentTo(IntakeNotes.class)))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.followupbot"));
    }

    @Test
    @DisplayName("a wither changes its part and nothing else; the draft it came from stays as it was")
    void withersChangeOnePart() {
        final IntakeNotes empty = IntakeNotes.empty();
        final IntakeNotes named = empty.withCompany("Acme").withRole("Analyst").withPastResult("cut the close");

        assertThat(empty.company()).isNull();
        assertThat(named.company()).isEqualTo("Acme");
        assertThat(named.role()).isEqualTo("Analyst");
        assertThat(named.pastResult()).isEqualTo("cut the close");
        assertThat(named.withRole("Lead").company()).isEqualTo("Acme");
        assertThat(named.interviewers()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN notes stored mid-intake by the previous version (with the parts it no longer keeps) WHEN the "
            + "member answers after the upgrade THEN the intake goes on where it was")
    void readsNotesStoredByThePreviousVersion(@TempDir final Path folder) {
        final MemberKey key = new MemberKey("web", "local", "ana");
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T23:00:00Z"))) {
            final ChatDriver ana = new ChatDriver(core.engine, key, Optional.empty());
            ana.command("");
            final String memberId = core.store.read(session -> session.findMember(key)).orElseThrow().id();
            core.store.useTransaction(session -> session.saveConversation(memberId, """
                    {"state":"intake","since":%d,"question":"ROLE","detailIndex":0,"backToSummary":false,
                     "draft":{"company":"Acme Analytics","role":null,"startsAt":null,"startsAtWords":null,
                     "format":null,"interviewers":[],"interviewersAnswered":false,"decisionDate":null,
                     "decisionAnswered":false,"addition":null,"pastResult":null,"channel":null,"editing":null}}"""
                    .formatted(core.clock.millis())));
            core.engine.forgetCachedState();

            ana.say("Data Analyst");

            ana.expect("When was the interview");
        }
    }
}
