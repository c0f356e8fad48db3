package io.followupbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core knows nothing of the chat platforms or the web; SQL stays in the store. */
final class ArchitectureTest {

    private static final String[] CORE = {"io.followupbot.interview..", "io.followupbot.policy..", "io.followupbot.dates..",
        "io.followupbot.drafts..", "io.followupbot.conversation..", "io.followupbot.followup..",
        "io.followupbot.delivery..", "io.followupbot.chat..", "io.followupbot.store..", "io.followupbot.config.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.followupbot");
    }

    @Test
    @DisplayName("GIVEN the core packages THEN none of them uses an adapter, Bolt, JDA or the web server")
    void coreNeverUsesAdapters() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.followupbot.slack..", "io.followupbot.discord..",
                        "io.followupbot.web..", "com.slack..", "net.dv8tion..", "io.javalin..")
                .check(classes);
    }

    @Test
    @DisplayName("GIVEN the domain, the policy and the drafts THEN they use no database and no chat")
    void domainIsPure() {
        noClasses().that().resideInAnyPackage("io.followupbot.interview..", "io.followupbot.policy..", "io.followupbot.dates..",
                        "io.followupbot.drafts..")
                .should().dependOnClassesThat().resideInAnyPackage("io.followupbot.store..", "org.jdbi..",
                        "java.sql..", "io.followupbot.conversation..", "io.followupbot.delivery..")
                .check(classes);
    }

    @Test
    @DisplayName("GIVEN every class outside the store THEN none uses Jdbi or JDBC directly")
    void sqlOnlyInTheStore() {
        noClasses().that().resideOutsideOfPackages("io.followupbot.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi.v3.core.statement..", "org.jdbi.v3.sqlobject..", "java.sql..")
                .check(classes);
    }
}
