package io.followupbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StoredInterview;
import io.followupbot.store.StoreSession;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.TestCore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a member types or whatever payload arrives: no crash, no other member's data, injection strings
 * stored verbatim. A property-based run over every command and every intake question.
 */
class HostileInputTest {

    private static final String SECRET_COMPANY = "Zephyr Secret Holdings";
    private static final MemberKey VICTIM = new MemberKey("slack", "T1", "victim");
    private static final String FAILURE = "something went wrong on my side";
    private static final List<String> INJECTIONS = List.of("'; DROP TABLE members; --", "\" OR 1=1 --",
            "{{#company}}{{/company}}{{> partial}}", "${jndi:ldap://127.0.0.1/x}", "<script>alert(1)</script>",
            "%s%s%s%n", "../../etc/passwd", "\u202Egnp.exe", "Robert'); DELETE FROM interviews;--");
    private static final List<String> COMMANDS = List.of("", "new", "list", "show", "plan", "draft", "sent", "heard",
            "offer", "competing", "withdraw", "snooze", "pause", "pause until", "resume", "edit", "archive", "check", "settings", "settings zone",
            "settings quiet", "settings nudge-hour", "export", "forget-me", "help", "cancel", "back", "skip", "confirm",
            "edit company");

    private static Path folder;
    private static TestCore core;

    @BeforeContainer
    static void start() throws IOException {
        folder = Files.createTempDirectory("hostile");
        core = new TestCore(folder, Instant.parse("2026-03-10T19:00:00Z"));
        final ChatDriver victim = new ChatDriver(core.engine, VICTIM, Optional.empty());
        for (final String answer : List.of("ok", "Vic Tim", SECRET_COMPANY, "Secret Role", "today 10am", "video",
                "Dana Hidden, CTO, dana@zephyr.test", "by Friday", "the secret project", "skip", "skip", "email",
                "confirm")) {
            if (answer.equals("ok")) {
                victim.command("");
            }
            victim.say(answer);
        }
        assertThat(victim.text()).contains("Saved as #1");
    }

    @AfterContainer
    static void stop() {
        core.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (final IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(50),
                Arbitraries.strings().all().ofMinLength(90_000).ofMaxLength(100_000),
                Arbitraries.of(INJECTIONS),
                Arbitraries.integers().between(-5, 1_000_000).map(Object::toString));
    }

    @Provide
    Arbitrary<String> command() {
        return Arbitraries.of(COMMANDS);
    }

    @Property(tries = 300)
    void anyInputNeverCrashesNorLeaks(@ForAll("command") final String command, @ForAll("hostileText") final String text,
                                      @ForAll("kinds") final Inbound.Kind kind) {
        final MemberKey attacker = new MemberKey("slack", "T2", "attacker");
        final String input = command.isEmpty() ? text : command + " " + text;

        final Reply reply = core.engine.handle(new Inbound(attacker, "Mallory", Optional.empty(), "C1", kind, input));

        assertThat(reply.messages()).isNotEmpty();
        assertThat(reply.plainText()).doesNotContain(FAILURE).doesNotContain(SECRET_COMPANY)
                .doesNotContain("Dana Hidden").doesNotContain("secret project");
    }

    @Provide
    Arbitrary<Inbound.Kind> kinds() {
        return Arbitraries.of(Inbound.Kind.class);
    }

    @Property(tries = 60)
    void forgedButtonsNeverTouchAnotherMembersInterview(@ForAll("forgedPayloads") final String payload) {
        final MemberKey attacker = new MemberKey("slack", "T2", "victim");

        final Reply reply = core.engine.handle(Inbound.button(attacker, payload));

        assertThat(reply.plainText()).doesNotContain(SECRET_COMPANY).doesNotContain(FAILURE);
        final StoredInterview victims = core.store.inTransaction((StoreSession session) ->
                session.interview(session.findMember(VICTIM).orElseThrow().id(), 1)).orElseThrow();
        assertThat(victims.interview().company()).isEqualTo(SECRET_COMPANY);
        assertThat(victims.stage().closed()).isFalse();
    }

    @Provide
    Arbitrary<String> forgedPayloads() {
        return Arbitraries.of("archive 1", "withdraw 1", "heard 1 rejected", "sent 1", "snooze 1 tomorrow", "show 1",
                "draft 1", "edit 1", "plan 1", "offer 1", "forget-me confirm", "export", "heard 1 new-date Friday",
                "sent 1 thank_you@Dana_Hidden", "archive #1", "show 0001");
    }

    @Property(tries = 30)
    void injectionStringsAreStoredVerbatim(@ForAll("injection") final String injection) {
        final MemberKey member = new MemberKey("web", "local", "inject-" + java.util.UUID.randomUUID());
        final ChatDriver driver = new ChatDriver(core.engine, member, Optional.empty());
        driver.startAsNewMember("skip");
        driver.say(injection);
        driver.say(injection);
        driver.say("today 9am");
        driver.say("phone");
        driver.say("skip");
        driver.say("they didn't say");
        driver.say(injection);
        driver.say("skip");
        driver.say("skip");
        driver.say("confirm");
        assertThat(driver.text()).contains("Saved as #");

        final List<StoredInterview> stored = core.store.inTransaction((StoreSession session) ->
                session.interviews(session.findMember(member).orElseThrow().id()));
        final StoredInterview last = stored.get(stored.size() - 1);
        assertThat(last.interview().company()).isEqualTo(injection.strip());
        assertThat(last.interview().role()).isEqualTo(injection.strip());
        assertThat(last.interview().pastResult()).isEqualTo(injection.strip());
        assertThat(core.count("SELECT COUNT(*) FROM members")).isGreaterThanOrEqualTo(2);
    }

    @Provide
    Arbitrary<String> injection() {
        // Bidi and other invisible format characters are removed on purpose (they spoof text), so they are not here.
        return Arbitraries.of(INJECTIONS).filter(text -> text.codePoints()
                .noneMatch(point -> Character.getType(point) == Character.FORMAT));
    }
}
