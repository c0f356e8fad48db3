package io.followupbot.testkit;

import io.followupbot.followup.Members;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * One {@link TestCore} on a real SQLite file for a whole test class, with the clock set back to the class's
 * start before each test and a new member for each test that wants one, so that tests share no one's data.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CoreForClass CORE = CoreForClass.at(NOW);
 *
 * private final ChatDriver ana = CORE.newChat();                          // a new member for each test
 * private final Member member = CORE.arrive(ana.key(), "Ana").member();  // stored, for tests that want it
 *
 * @Test void something() {
 *     ana.command("list");
 * }
 * }</pre>
 *
 * <p>{@code @Nested} classes share their outer class's core: JUnit calls the class callbacks again for each nested
 * class, so the core is opened by the outermost one and closed when that one ends.
 */
public final class CoreForClass extends CoreInAFolder
        implements BeforeAllCallback, TestInstancePreConstructCallback, BeforeEachCallback, AfterAllCallback {

    private final AtomicInteger next = new AtomicInteger();
    private int openClasses;

    private CoreForClass(final Instant start) {
        super(start);
    }

    /** A core whose clock reads {@code start} at the beginning of every test. */
    public static CoreForClass at(final Instant start) {
        return new CoreForClass(start);
    }

    @Override
    public void beforeAll(final ExtensionContext context) throws IOException {
        if (openClasses++ == 0) {
            open();
        }
    }

    /** The clock is back at the start when the test's instance is made, so its fields can have members arrive. */
    @Override
    public void preConstructTestInstance(final TestInstanceFactoryContext factory, final ExtensionContext context) {
        if (isOpen()) {
            core().clock.set(start);
        }
    }

    @Override
    public void beforeEach(final ExtensionContext context) {
        core().clock.set(start);
    }

    @Override
    public void afterAll(final ExtensionContext context) throws IOException {
        if (--openClasses > 0) {
            return;
        }
        close();
    }

    /** A web-chat member nobody has seen yet (they have not said anything, so nothing is stored for them). */
    public MemberKey newKey() {
        return newKey("web", "local");
    }

    /** A member nobody has seen yet on another platform, e.g. {@code newKey("slack", "T1")} for a Slack user. */
    public MemberKey newKey(final String platform, final String workspace) {
        return new MemberKey(platform, workspace, "member-" + next.incrementAndGet());
    }

    /** A chat as a web-chat member nobody has seen yet ({@link ChatDriver#key()} names them). */
    public ChatDriver newChat() {
        return chat(newKey());
    }

    /** A new member, not yet stored, and their chat: for tests of what a member sees first. */
    public Newcomer newcomer() {
        final MemberKey key = newKey();
        return new Newcomer(key, Optional.empty(), chat(key));
    }

    /** A new member who has arrived (stored, with default settings), and their chat. */
    public Newcomer arrive(final String displayName) {
        return arrive(displayName, Optional.empty());
    }

    /** A new member who has arrived, with the time zone their platform reports. */
    public Newcomer arrive(final String displayName, final Optional<ZoneId> platformZone) {
        return arrive(newKey(), displayName, platformZone);
    }

    /**
     * The member {@code key} arrives as {@code displayName} (stored, with default settings the first time): a member
     * from {@link #newKey(String, String)}, or a {@link #newcomer()} whose arrival the test itself decides.
     */
    public Newcomer arrive(final MemberKey key, final String displayName) {
        return arrive(key, displayName, Optional.empty());
    }

    private Newcomer arrive(final MemberKey key, final String displayName, final Optional<ZoneId> platformZone) {
        final Member member = core().app.members().arrive(new Members.Arrival(key, displayName, platformZone, ""));
        return new Newcomer(key, Optional.of(member), new ChatDriver(core().engine, key, platformZone));
    }

    /**
     * The member {@code key} arrives as "Ana" with one interview recorded at the class's start: Acme Analytics, Data
     * Analyst, 45 minutes by video with Ben Ode from {@code startsAt}, no decision date, contact by email.
     */
    public Member arriveWithInterview(final MemberKey key, final Instant startsAt) {
        final Member member = arrive(key, "Ana").member();
        core().followUps.record(member, new Interview("Acme Analytics", "Data Analyst", startsAt,
                Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")), Optional.empty(),
                ContactChannel.EMAIL, start, ""));
        return member;
    }

    /** A member of this class's core, with their chat; {@code member} is present once they have arrived. */
    public record Newcomer(MemberKey key, Optional<Member> stored, ChatDriver chat) {

        /** The stored member; fails the test if they have not arrived. */
        public Member member() {
            return stored.orElseThrow(() -> new AssertionError(key + " has not arrived"));
        }
    }
}
