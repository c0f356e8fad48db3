package io.followupbot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.slf4j.Logger;

/**
 * The bot's logging, set up in code rather than from XML: one line per event on standard output, as platforms
 * such as Heroku expect, the bot at {@code FOLLOWUP_LOG_LEVEL} (default INFO) and chatty libraries at WARN.
 * Parsing an XML configuration cost a large part of the start-up time. A {@code logback.xml} or
 * {@code logback-test.xml} on the classpath (tests, or an operator's own) still wins.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    private static final Map<String, Level> LIBRARIES = Map.of(
            "org.flywaydb", Level.WARN, "com.zaxxer.hikari", Level.WARN,
            // a connection dropped because the database went read-only: the dispatcher logs that once, not per attempt
            "com.zaxxer.hikari.pool.ProxyConnection", Level.ERROR, "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN, "com.slack.api", Level.WARN, "de.focus_shift", Level.WARN,
            "net.dv8tion.jda", Level.INFO);

    @Override
    public ExecutionStatus configure(final LoggerContext context) {
        final ClassLoader loader = LogSetup.class.getClassLoader();
        if (loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        final PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        encoder.start();
        final ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        final ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        LIBRARIES.forEach((name, level) -> context.getLogger(name).setLevel(level));
        final String level = System.getenv().getOrDefault("FOLLOWUP_LOG_LEVEL", "INFO");
        context.getLogger("io.followupbot").setLevel(Level.toLevel(level, Level.INFO));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
