package io.followupbot.testkit;

import io.followupbot.interview.MemberKey;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * A new {@link TestCore} on a real SQLite file for each test, made before the test's instance, so that its fields can
 * take the core and a chat as they are declared; for tests that count the whole database or start from an empty one.
 * (Tests that only need a member of their own share a core: {@link CoreForClass}.)
 *
 * <pre>{@code
 * @RegisterExtension
 * static final CoreForEachTest CORE = CoreForEachTest.at(NOW);
 *
 * private final TestCore core = CORE.core();
 * private final ChatDriver ana = CORE.chat("ana");
 * }</pre>
 */
public final class CoreForEachTest extends CoreInAFolder
        implements TestInstancePreConstructCallback, AfterEachCallback {

    private CoreForEachTest(final Instant start) {
        super(start);
    }

    /** A core whose clock reads {@code start} when each test begins. */
    public static CoreForEachTest at(final Instant start) {
        return new CoreForEachTest(start);
    }

    @Override
    public void preConstructTestInstance(final TestInstanceFactoryContext factory, final ExtensionContext context)
            throws IOException {
        if (context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                != TestInstance.Lifecycle.PER_METHOD) {
            throw new IllegalStateException("CoreForEachTest makes a core for each test instance: use the default "
                    + "lifecycle (one instance per test), or CoreForClass");
        }
        if (!isOpen()) {
            open();
        }
    }

    @Override
    public void afterEach(final ExtensionContext context) throws IOException {
        close();
    }

    /** A chat as the web-chat member {@code userId}, with no time zone from the platform. */
    public ChatDriver chat(final String userId) {
        return chat(new MemberKey("web", "local", userId));
    }
}
