package io.followupbot.testkit;

import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@link OnDiscord} passes to a test: the class's {@link DiscordBot}, started when a test first asks for it and
 * stopped when the class ends (a {@code @Nested} class has a bot of its own), and for each {@link DiscordUser}
 * parameter a user of their own on it.
 */
final class DiscordParameters extends FixtureParameters<DiscordBot> {

    DiscordParameters() {
        super(DiscordBot.class, DiscordUser.class, true);
    }

    /** A bot as the {@link OnDiscord} of {@code testClass} says, or of the class a {@code @Nested} one is inside. */
    @Override
    protected DiscordBot fixture(final Class<?> testClass) {
        Class<?> annotated = testClass;
        while (!AnnotationSupport.isAnnotated(annotated, OnDiscord.class) && annotated.getEnclosingClass() != null) {
            annotated = annotated.getEnclosingClass();
        }
        final OnDiscord settings = AnnotationSupport.findAnnotation(annotated, OnDiscord.class)
                .orElseThrow(() -> new IllegalStateException("DiscordParameters is registered by @OnDiscord"));
        return DiscordBot.at(settings.at()).zone(settings.zone());
    }

    @Override
    protected Object made(final DiscordBot bot) {
        return bot.newUser();
    }
}
