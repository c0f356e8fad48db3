package io.followupbot.testkit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Collects every log line (with stack traces) while open, so a test can search them for secrets. It listens on the
 * root logger, so it hears every test that runs meanwhile: a class that uses it is {@code @Isolated} when the suite
 * runs classes in parallel.
 *
 * <p>Open it with try-with-resources around one test, or for a whole class on a static field registered before the
 * bot it listens to: {@code @RegisterExtension static final LogCapture LOGS = new LogCapture();} (closed after the
 * class).
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable, AfterAllCallback {

    private final List<String> lines = new ArrayList<>();
    private final Logger root;

    public LogCapture() {
        final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        setContext(context);
        start();
        root.addAppender(this);
    }

    @Override
    protected synchronized void append(final ILoggingEvent event) {
        final StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        lines.add(line.toString());
    }

    /** Each log event so far (with its stack trace, if any), in order. */
    public synchronized List<String> events() {
        return List.copyOf(lines);
    }

    public synchronized String text() {
        return String.join("\n", lines);
    }

    @Override
    public void afterAll(final ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
