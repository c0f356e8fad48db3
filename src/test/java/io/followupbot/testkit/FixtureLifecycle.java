package io.followupbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * When a test fixture (an extension) starts and stops what it runs, in a temporary folder of its own: registered on
 * a static field it starts before the class and stops after it (JUnit calls only the class callbacks of a static
 * field once per class, and again for each {@code @Nested} class, which shares the outer one's); registered on an
 * instance field (JUnit calls no class callback then) it starts before each test and stops after it.
 */
public final class FixtureLifecycle {

    private final String prefix;
    private final Consumer<Path> start;
    private final Runnable stop;
    private Path folder;
    private int openClasses;
    private boolean perTest;

    public FixtureLifecycle(final String prefix, final Consumer<Path> start, final Runnable stop) {
        this.prefix = prefix;
        this.start = start;
        this.stop = stop;
    }

    public void beforeAll() throws IOException {
        if (openClasses++ == 0) {
            open();
        }
    }

    public void beforeEach() throws IOException {
        if (openClasses == 0) {
            perTest = true;
            open();
        }
    }

    public void afterEach() throws IOException {
        if (perTest) {
            close();
        }
    }

    public void afterAll() throws IOException {
        if (--openClasses == 0) {
            close();
        }
    }

    /** The fixture's folder while it runs. */
    public Path folder() {
        return folder;
    }

    private void open() throws IOException {
        folder = Files.createTempDirectory(prefix);
        start.accept(folder);
    }

    private void close() throws IOException {
        try {
            stop.run();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(FixtureLifecycle::delete);
            }
        }
    }

    private static void delete(final Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
