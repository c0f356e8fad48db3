package io.followupbot.testkit;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.followup.Wording;
import java.time.Instant;
import java.util.List;

/** A {@link RunningFixture} that runs the whole bot (the real {@link Application}) on a settable clock. */
public abstract class RunningBot extends RunningFixture {

    private final SettableClock clock;
    private Application application;

    protected RunningBot(final String prefix, final Instant start) {
        super(prefix);
        this.clock = new SettableClock(start);
    }

    /** Starts the bot on {@code config}, speaking in {@code wording}, on this fixture's clock. */
    protected final void startBot(final BotConfig config, final Wording wording) {
        application = Application.start(config, clock, wording);
    }

    /** Closes the bot, then its platform (e.g. {@code emulator::close}) even if closing the bot failed. */
    protected final void stopBotAnd(final Runnable closePlatform) {
        try {
            application.close();
        } finally {
            closePlatform.run();
        }
    }

    /** The running bot. */
    public final Application application() {
        return application;
    }

    /** The bot's clock: a test moves it on, then asks the bot to dispatch. */
    public final SettableClock clock() {
        return clock;
    }

    /** The one number a query on the bot's database counts. */
    public final int count(final String sql) {
        return application.store().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    /** The values of the one column a query on the bot's database lists, in its order. */
    public final List<String> list(final String sql) {
        return application.store().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(String.class).list());
    }

    /**
     * Sends what is due now and waits until {@code delivered} steps whose key starts with {@code keyPrefix} are out
     * and nothing is in flight: the bot's own background dispatcher may send them meanwhile, either way once.
     */
    public final void dispatchUntilDelivered(final String keyPrefix, final int delivered) {
        application.dispatchNow();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) "
                + "FROM plan_steps WHERE status = 'delivered' AND step_key LIKE '" + keyPrefix + "%'") == delivered
                && count("SELECT COUNT(*) FROM plan_steps WHERE status = 'claimed'") == 0);
    }

    /** Every step still to come and every step of {@code keyPrefix}, "step_key status", by when they are due. */
    public final List<String> pendingAnd(final String keyPrefix) {
        return list("SELECT step_key || ' ' || status FROM plan_steps WHERE status = 'pending' OR step_key LIKE '"
                + keyPrefix + "%' ORDER BY due_at, step_key");
    }
}
