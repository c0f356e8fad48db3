package io.followupbot;

import static io.followupbot.ProductionClasses.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.ConversationStateCache;
import io.followupbot.conversation.Transition;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layers: thin adapters (Slack, Discord, the web chat) over the conversation, which reaches the data only
 * through the application layer ({@code followup}); the domain below knows none of them; SQL stays in the store.
 */
final class ArchitectureTest {

    private static final String[] CORE = {"io.followupbot.interview..", "io.followupbot.policy..", "io.followupbot.dates..",
        "io.followupbot.drafts..", "io.followupbot.conversation..", "io.followupbot.followup..",
        "io.followupbot.delivery..", "io.followupbot.chat..", "io.followupbot.store..", "io.followupbot.config.."};
    private static final String SLACK = "io.followupbot.slack..";
    private static final String DISCORD = "io.followupbot.discord..";
    private static final String WEB = "io.followupbot.web..";
    private static final String STORE = "io.followupbot.store..";
    private static final String APPLICATION_LAYER = "io.followupbot.followup..";

    private static final JavaClasses CLASSES = ProductionClasses.imported();

    @Test
    @DisplayName("GIVEN the core packages THEN none of them uses an adapter, Bolt, JDA or the web server")
    void coreNeverUsesAdapters() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(SLACK, DISCORD, WEB, "com.slack..", "net.dv8tion..",
                        "io.javalin..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN the domain, the policy, the dates and the drafts THEN they use no database, no chat, no "
            + "adapter and no application layer")
    void domainIsPure() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, "org.jdbi..", "java.sql..",
                        "io.followupbot.conversation..", "io.followupbot.delivery..", APPLICATION_LAYER, SLACK, DISCORD,
                        WEB, "io.followupbot.cli..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN every class outside the store THEN none uses Jdbi's statements or JDBC directly")
    void sqlOnlyInTheStore() {
        noClasses().that().resideOutsideOfPackages(STORE)
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi.v3.core.statement..", "org.jdbi.v3.sqlobject..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN every class outside the store and the application layer THEN none knows a Jdbi type")
    void jdbiOnlyInTheStoreAndTheApplicationLayer() {
        noClasses().that().resideOutsideOfPackages(STORE, APPLICATION_LAYER)
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN the adapters THEN none of them reads the store: they go through the application layer")
    void adaptersNeverUseTheStore() {
        noClasses().that().resideInAnyPackage(SLACK, DISCORD, WEB)
                .should().dependOnClassesThat().resideInAnyPackage(STORE)
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN Slack, Discord and the web chat THEN none of them depends on another")
    void adaptersAreIndependent() {
        noClasses().that().resideInAPackage(SLACK).should().dependOnClassesThat().resideInAnyPackage(DISCORD, WEB)
                .check(CLASSES);
        noClasses().that().resideInAPackage(DISCORD).should().dependOnClassesThat().resideInAnyPackage(SLACK, WEB)
                .check(CLASSES);
        noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat().resideInAnyPackage(SLACK, DISCORD)
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN the conversation THEN nothing it uses reaches the store except through the application layer: "
            + "not the community, the delivery or any other package on the way")
    void conversationReachesTheStoreOnlyThroughTheApplicationLayer() {
        classes().that().resideInAPackage("io.followupbot.conversation..")
                .should(reachTheStoreOnlyThrough(APPLICATION_LAYER))
                .check(CLASSES);
    }

    /**
     * Follows every dependency path from a class through the project's classes, stopping at {@code gate}: a path
     * that arrives in the store without passing the gate is a violation, named class by class.
     */
    private static ArchCondition<JavaClass> reachTheStoreOnlyThrough(final String gate) {
        final String gatePackage = gate.substring(0, gate.length() - 2);
        final String storePackage = STORE.substring(0, STORE.length() - 2);
        return new ArchCondition<>("reach the store only through " + gatePackage) {
            @Override
            public void check(final JavaClass start, final ConditionEvents events) {
                final Deque<List<JavaClass>> paths = new ArrayDeque<>(List.of(List.of(start)));
                final Set<JavaClass> seen = new HashSet<>(Set.of(start));
                while (!paths.isEmpty()) {
                    final List<JavaClass> path = paths.poll();
                    for (final Dependency dependency : path.get(path.size() - 1).getDirectDependenciesFromSelf()) {
                        final JavaClass target = dependency.getTargetClass().getBaseComponentType();
                        final String where = target.getPackageName();
                        if (!where.startsWith("io.followupbot") || where.startsWith(gatePackage) || !seen.add(target)) {
                            continue;
                        }
                        final List<JavaClass> longer = new ArrayList<>(path);
                        longer.add(target);
                        if (where.startsWith(storePackage)) {
                            events.add(SimpleConditionEvent.violated(start, start.getName() + " reaches the store by "
                                    + longer.stream().map(JavaClass::getSimpleName).toList()));
                        } else {
                            paths.add(longer);
                        }
                    }
                }
            }
        };
    }

    @Test
    @DisplayName("GIVEN the conversation THEN it reaches the data only through the application layer, never the store")
    void conversationNeverUsesTheStore() {
        noClasses().that().resideInAPackage("io.followupbot.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage(STORE)
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN every package of src/main THEN it holds at most 30 classes of its own (nested ones not counted)")
    void noCrowdedPackage() {
        final Map<String, Long> sizes = CLASSES.stream().filter(javaClass -> javaClass.getEnclosingClass().isEmpty())
                .collect(Collectors.groupingBy(JavaClass::getPackageName, TreeMap::new, Collectors.counting()));
        assertThat(sizes).allSatisfy((name, size) -> assertThat(size).as(name).isLessThanOrEqualTo(30L));
    }

    @Test
    @DisplayName("GIVEN every package and each of its subpackages THEN none depends on another that depends back on "
            + "it, directly or through others; the conversation's rooms share only its states, transitions, parts "
            + "and the states' cache")
    void packagesAreFreeOfCycles() {
        slices().matching("io.followupbot.(**)").should().beFreeOfCycles()
                .ignoreDependency(alwaysTrue(), belongToAnyOf(ConversationState.class, Transition.class,
                        ConversationParts.class, ConversationStateCache.class))
                .check(CLASSES);
    }

    @Test
    @DisplayName("GIVEN the reader of employers' messages THEN it is platform-neutral: no chat platform, no web server, no "
            + "database, no conversation and no application layer")
    void employerReaderIsPlatformNeutral() {
        noClasses().that().resideInAPackage("io.followupbot.employer..")
                .should().dependOnClassesThat().resideInAnyPackage(SLACK, DISCORD, WEB, STORE, APPLICATION_LAYER, "com.slack..",
                        "net.dv8tion..", "io.javalin..", "org.jdbi..", "java.sql..", "io.followupbot.conversation..",
                        "io.followupbot.delivery..", "io.followupbot.cli..")
                .check(CLASSES);
    }
}
