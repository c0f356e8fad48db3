package io.followupbot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Passes a running fixture, and what a test makes on it (a member, a user), to test methods as parameters: the
 * extension behind a class annotation such as {@link OnDiscord}. The fixture starts when a test first asks for it and
 * stops when that test ends, or, for a fixture of the class, when the class ends.
 *
 * @param <F> the fixture
 */
public abstract class FixtureParameters<F extends RunningFixture> implements ParameterResolver {

    private final Class<F> fixtureType;
    private final Class<?> madeType;
    private final boolean perClass;

    /**
     * @param fixtureType the fixture a test may take as a parameter
     * @param madeType    what else a test may take, made on the fixture by {@link #made}
     * @param perClass    whether the tests of a class share one fixture (else each test has its own)
     */
    protected FixtureParameters(final Class<F> fixtureType, final Class<?> madeType, final boolean perClass) {
        this.fixtureType = fixtureType;
        this.madeType = madeType;
        this.perClass = perClass;
    }

    /** A new fixture, not started yet, for the tests of {@code testClass}. */
    protected abstract F fixture(Class<?> testClass);

    /** A new one of the other parameter type, made on the running fixture. */
    protected abstract Object made(F fixture);

    @Override
    public final boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        final Class<?> type = parameter.getParameter().getType();
        return type == fixtureType || type == madeType;
    }

    @Override
    public final Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        ExtensionContext owner = context;
        while (perClass && owner.getTestMethod().isPresent()) {
            owner = owner.getParent().orElseThrow();
        }
        final ExtensionContext lifetime = owner;
        final F fixture = lifetime.getStore(ExtensionContext.Namespace.create(FixtureParameters.class, getClass()))
                .getOrComputeIfAbsent(fixtureType, type -> started(lifetime), fixtureType);
        return parameter.getParameter().getType() == fixtureType ? fixture : made(fixture);
    }

    private F started(final ExtensionContext lifetime) {
        final F fixture = fixture(lifetime.getRequiredTestClass());
        try {
            fixture.runUntilTheEndOf(lifetime);
        } catch (final IOException noFolder) {
            throw new UncheckedIOException(noFolder);
        }
        return fixture;
    }
}
