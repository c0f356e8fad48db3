package io.followupbot.metrics;

import io.followupbot.conversation.ConversationEngine;
import io.followupbot.delivery.DeliveryCounters;
import io.followupbot.store.DeliveryStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The operator's view for Prometheus ({@code GET /metrics}): nudges sent, failed and retried; the due backlog and
 * the age of its oldest nudge; intake answers; platform API errors by kind; storage state (1 when the database
 * is usable, 0 when degraded). Counters are read from the parts when scraped; the backlog is one indexed query.
 * The registry is made on the first scrape: loading Micrometer costs start-up time a bot that is never scraped
 * need not pay.
 */
public final class BotMetrics {

    /** The platform error kinds the dispatcher counts. */
    private static final List<String> ERROR_KINDS = List.of("retry_later", "permanent", "exception");

    /** The meters, registered when the registry is made: on the first scrape, so start-up does not pay for it. */
    private final List<Consumer<MeterRegistry>> meters = new CopyOnWriteArrayList<>();
    private PrometheusMeterRegistry registry;

    /** The text Prometheus scrapes. */
    public String scrape() {
        return registry().scrape();
    }

    private synchronized PrometheusMeterRegistry registry() {
        if (registry == null) {
            final PrometheusMeterRegistry made = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            meters.forEach(meter -> meter.accept(made));
            registry = made;
        }
        return registry;
    }

    private synchronized void add(final Consumer<MeterRegistry> meter) {
        meters.add(meter);
        if (registry != null) {
            meter.accept(registry);
        }
    }

    /** The content type of {@link #scrape()}. */
    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    public void storage(final Supplier<List<String>> problems) {
        add(registry -> Gauge.builder("followup_storage_ok", () -> problems.get().isEmpty() ? 1 : 0)
                .description("1 when the database is usable, 0 when degraded (see /health)").register(registry));
    }

    public void intake(final ConversationEngine engine) {
        add(registry -> FunctionCounter.builder("followup_intake_answers", engine, ConversationEngine::intakeAnswers)
                .description("answers to intake questions").register(registry));
    }

    public void delivery(final DeliveryCounters counters, final DeliveryStore store, final Clock clock) {
        add(registry -> deliveryMeters(registry, counters, store, clock));
    }

    private static void deliveryMeters(final MeterRegistry registry, final DeliveryCounters counters,
                                       final DeliveryStore store, final Clock clock) {
        FunctionCounter.builder("followup_nudges_sent", counters, DeliveryCounters::sent)
                .description("nudges the platforms accepted").register(registry);
        FunctionCounter.builder("followup_nudges_failed", counters, DeliveryCounters::failed)
                .description("nudges given up (too many failures, or the member is unreachable)").register(registry);
        FunctionCounter.builder("followup_nudges_retried", counters, DeliveryCounters::retried)
                .description("nudges that failed for now and will be tried again").register(registry);
        for (final String kind : ERROR_KINDS) {
            FunctionCounter.builder("followup_platform_errors", counters, each -> each.platformErrors(kind))
                    .tag("kind", kind).description("platform API errors while sending nudges").register(registry);
        }
        Gauge.builder("followup_due_backlog", store, each -> each.backlog(clock.instant()).count())
                .description("nudges due now and not yet sent").register(registry);
        Gauge.builder("followup_due_backlog_age_seconds", store,
                        each -> each.backlog(clock.instant()).oldestAge().toMillis() / 1000.0)
                .description("how long the oldest due nudge has waited").register(registry);
    }
}
