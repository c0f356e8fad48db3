package io.followupbot.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A test class whose every test runs twice: with member data in the clear, and sealed at rest
 * (FOLLOWUP_ENCRYPTION_KEY set, {@link TestDatabases#SEALED}). The class takes which as a field
 * {@code @Parameter boolean sealed}, or as the first parameter of its constructor.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "sealed: {0}")
@ValueSource(booleans = {false, true})
public @interface SealedAndClear {
}
