package io.followupbot;

import static io.followupbot.ProductionClasses.DOMAIN;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.followupbot.delivery.DueWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Delivery sees due work through its port and typed steps, never the store's rows; the domain (the interview,
 * its policy, dates and drafts) knows no adapter, store, delivery or conversation.
 */
final class DeliveryArchitectureTest {

    private static final JavaClasses CLASSES = ProductionClasses.imported();

    @Test
    @DisplayName("GIVEN delivery THEN it uses neither the store nor Jdbi nor JDBC: due work comes through its port")
    void deliveryDoesNotKnowTheStore() {
        noClasses().that().resideInAPackage("io.followupbot.delivery..")
                .should().dependOnClassesThat().resideInAnyPackage("io.followupbot.store..", "org.jdbi..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN the port for due work THEN only the store implements it")
    void onlyTheStoreImplementsThePort() {
        classes().that().implement(DueWork.class)
                .should().resideInAPackage("io.followupbot.store..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN the domain THEN it knows no adapter, store, delivery, conversation or application layer")
    void domainKnowsNothingAboveIt() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.followupbot.slack..", "io.followupbot.discord..",
                        "io.followupbot.web..", "io.followupbot.cli..", "io.followupbot.store..",
                        "io.followupbot.delivery..", "io.followupbot.conversation..", "io.followupbot.followup..",
                        "io.followupbot.chat..", "org.jdbi..", "java.sql..", "com.slack..", "net.dv8tion..",
                        "io.javalin..")
                .check(CLASSES);
    }
}
