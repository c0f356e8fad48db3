package io.followupbot.testkit;

import io.followupbot.policy.BusinessCalendars;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.UseCases;
import io.followupbot.followup.FollowUps;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** The platform-neutral core on a real SQLite file, with a settable clock: what every adapter test builds on. */
public final class TestCore implements AutoCloseable {

    public final SettableClock clock;
    public final Database database;
    public final Store store;
    public final UseCases app;
    public final FollowUps followUps;
    public final ConversationEngine engine;
    /** The communities' settings, wording and figures, with the built-in drafts. */
    public final io.followupbot.community.Communities communities;

    public TestCore(final Path folder, final Instant start) {
        this(folder, start, 1000);
    }

    /** @param cacheSize how many conversations the engine keeps in memory */
    public TestCore(final Path folder, final Instant start, final int cacheSize) {
        this(TestDatabases.sqlite(folder), start, cacheSize);
    }

    /** The core on the given database (a fresh embedded PostgreSQL database: {@link TestDatabases#postgres()}). */
    public TestCore(final io.followupbot.config.BotConfig.Database config, final Instant start, final int cacheSize) {
        this.clock = new SettableClock(start);
        this.database = Database.openAndMigrate(config);
        this.store = TestDatabases.store(database, clock);
        this.app = UseCases.on(store, new FollowUpPolicy(BusinessCalendars.withoutClosures()), new LooseDateParser(), clock);
        this.followUps = app.followUps();
        this.engine = new ConversationEngine(app, clock, Duration.ofDays(7), cacheSize, 2000,
                new ConversationParts(new LooseDateParser(), followUps, DraftRenderer.builtIn(), new DraftChecker(),
                        app.exports(), java.util.Optional.of(new io.followupbot.community.MemberChoices(store))));
        this.communities = new io.followupbot.community.Communities(store, followUps, DraftRenderer.builtIn(),
                new DraftChecker(), clock);
    }

    public int count(final String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        database.close();
    }
}
