package io.followupbot.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * What {@link OnSlack} passes to a test: a {@link SlackHarness} started for that test (the same one to its
 * {@code @BeforeEach} methods) and stopped after it, and member U1 of workspace T1 on it.
 */
final class SlackParameters implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SlackParameters.class);

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        final Class<?> type = parameter.getParameter().getType();
        return type == SlackHarness.class || type == SlackMember.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        final SlackHarness harness = context.getStore(NAMESPACE).getOrComputeIfAbsent(SlackHarness.class,
                type -> started(context), SlackHarness.class);
        return parameter.getParameter().getType() == SlackHarness.class ? harness : harness.member("T1", "U1");
    }

    private static SlackHarness started(final ExtensionContext context) {
        final SlackHarness harness = SlackHarness.standard();
        try {
            harness.runUntilTheEndOf(context);
        } catch (final IOException noFolder) {
            throw new UncheckedIOException(noFolder);
        }
        return harness;
    }
}
