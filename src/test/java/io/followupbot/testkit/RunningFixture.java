package io.followupbot.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test fixture that runs something (a whole bot, an emulator) in a temporary folder of its own, as a JUnit
 * extension whose field decides how long it lives. On a static {@code @RegisterExtension} field it starts before the
 * class and stops after it (JUnit calls the class callbacks of a static field once per class, and again for each
 * {@code @Nested} class, which shares the outer one's). On an instance field (JUnit calls no class callback then) it
 * starts before each test and stops after it.
 */
public abstract class RunningFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    private final String prefix;
    private Path folder;
    private int openClasses;
    private boolean perTest;

    protected RunningFixture(final String prefix) {
        this.prefix = prefix;
    }

    /** Starts what the fixture runs, in {@code folder}. */
    protected abstract void start(Path folder);

    /** Stops what {@link #start} started. */
    protected abstract void stop();

    @Override
    public final void beforeAll(final ExtensionContext context) throws IOException {
        if (openClasses++ == 0) {
            open();
        }
    }

    @Override
    public final void beforeEach(final ExtensionContext context) throws IOException {
        if (openClasses == 0) {
            perTest = true;
            open();
        }
    }

    @Override
    public final void afterEach(final ExtensionContext context) throws IOException {
        if (perTest) {
            close();
        }
    }

    @Override
    public final void afterAll(final ExtensionContext context) throws IOException {
        if (--openClasses == 0) {
            close();
        }
    }

    /**
     * Starts this fixture now and has JUnit stop it when the test (or class) of {@code context} ends: for an extension
     * that passes a fixture to a test as a parameter instead of registering it on a field.
     */
    public final void runUntilTheEndOf(final ExtensionContext context) throws IOException {
        open();
        context.getStore(ExtensionContext.Namespace.create(RunningFixture.class)).put(this, (AutoCloseable) this::close);
    }

    /** The fixture's folder while it runs. */
    protected final Path folder() {
        return folder;
    }

    private void open() throws IOException {
        folder = Files.createTempDirectory(prefix);
        start(folder);
    }

    private void close() throws IOException {
        try {
            stop();
        } finally {
            Folders.delete(folder);
        }
    }
}
