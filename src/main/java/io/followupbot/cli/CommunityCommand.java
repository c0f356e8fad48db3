package io.followupbot.cli;

import io.followupbot.community.Communities;
import io.followupbot.community.CommunityAnswer;
import io.followupbot.community.CommunityKey;
import io.followupbot.community.StatsAnswer;
import io.followupbot.community.StatsTable;
import io.followupbot.config.BotConfig;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.FollowUps;
import io.followupbot.policy.BusinessCalendars;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import io.followupbot.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code community}: the web chat's operator (or any community's, by platform and id) sees and sets the community's
 * defaults and draft wording, as a Slack or Discord admin does in their form.
 */
@CommandLine.Command(name = "community", mixinStandardHelpOptions = true,
        description = {"Show or change a community's defaults for its members, or a draft's wording.",
            "  community                          show the settings",
            "  community cadence gentle           set one (zone, country, nudge-hour, quiet, cadence, application-silence; 'default' clears)",
            "  community template KIND FILE       a draft's wording from a Mustache file ('default' for the bot's)",
            "  community stats [--chart FILE]     the anonymous figures per month (members who agreed only)"})
public final class CommunityCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--platform", defaultValue = "web", description = "web, slack or discord (default: web)")
    String platform;

    @CommandLine.Option(names = "--id", defaultValue = "local",
            description = "the community: the Slack team id, the Discord server id, or the web chat's (default: local)")
    String id;

    @CommandLine.Option(names = "--chart", paramLabel = "FILE", description = "with stats: also write the chart (PNG)")
    Path chart;

    @CommandLine.Parameters(paramLabel = "WORDS", arity = "0..*", description = "what to change, as above")
    List<String> words = List.of();

    private final Clock clock;

    public CommunityCommand(final Map<String, String> environment,
                            final Clock clock) {
        this.config = new ConfigOption(environment);
        this.clock = clock;
    }

    @Override
    public Integer call() {
        final PrintWriter out = spec.commandLine().getOut();
        final PrintWriter err = spec.commandLine().getErr();
        final Optional<BotConfig> loaded = config.loadOrExplain(err);
        if (loaded.isEmpty()) {
            return 1;
        }
        try (Database database = Database.openAndMigrate(loaded.get().database())) {
            final Store store = new Store(database.jdbi(), clock, loaded.get().defaults());
            final FollowUps followUps = new FollowUps(store,
                    new FollowUpPolicy(new BusinessCalendars(loaded.get().closures())), clock);
            final Communities communities = new Communities(store, followUps,
                    new DraftRenderer(loaded.get().drafts().overrideDir()), new DraftChecker(), clock);
            if (words.size() == 1 && words.get(0).equalsIgnoreCase("stats")) {
                final StatsAnswer stats = communities.stats(new CommunityKey(platform, id));
                out.println(StatsTable.of(stats));
                if (chart != null) {
                    Files.write(chart, stats.chart());
                    out.println("The chart is in " + chart + ".");
                }
                return 0;
            }
            final CommunityAnswer answer = run(communities, new CommunityKey(platform, id));
            print(out, answer);
            return answer.outcome() == CommunityAnswer.Outcome.REFUSED ? 1 : 0;
        } catch (final StoreException failure) {
            err.println(failure.getMessage());
            return 1;
        } catch (final IOException unreadable) {
            err.println("cannot read or write the file: " + unreadable.getMessage());
            return 1;
        }
    }

    private CommunityAnswer run(final Communities communities, final CommunityKey community) throws IOException {
        if (words.size() == 3 && words.get(0).equalsIgnoreCase(Communities.TEMPLATE)) {
            final String source = words.get(2).equalsIgnoreCase("default") ? ""
                    : Files.readString(Path.of(words.get(2)), StandardCharsets.UTF_8);
            return communities.template(community, words.get(1), source);
        }
        return communities.command(community, String.join(" ", words));
    }

    private static void print(final PrintWriter out, final CommunityAnswer answer) {
        out.println(answer.text());
        answer.problems().forEach(problem -> out.println("  - " + problem));
        answer.values().forEach((key, value) -> out.println("  " + key + ": " + (value.isEmpty()
                ? "(bot-config.yml)" : value)));
        answer.preview().ifPresent(preview -> {
            out.println();
            out.println(preview);
        });
    }
}
