package io.followupbot.config;

import io.followupbot.interview.WorkSearchTerms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code work-search-log:} section of bot-config.yml: the names of the log's columns, activities and results
 * for every community ({@code columns:}, {@code activities:}, {@code results:}) and, under {@code communities:}, a
 * community's own (keyed {@code platform:id}, as {@code community} and the store name them) over those.
 */
final class WorkSearchLogConfig {

    private static final Pattern COMMUNITY = Pattern.compile("(slack|discord|web):[A-Za-z0-9_-]{1,64}");
    private static final int MAX_WORD = 60;

    private WorkSearchLogConfig() {
    }

    static BotConfig.WorkSearchLog read(final ConfigSection section) {
        final WorkSearchTerms everyone = WorkSearchTerms.ENGLISH.renamed(terms(section));
        final ConfigSection communities = section.child("communities");
        final Map<String, WorkSearchTerms> own = new LinkedHashMap<>();
        for (final String community : communities.names()) {
            if (!COMMUNITY.matcher(community).matches()) {
                throw new ConfigException(communities.key(community) + ": is not a community; name one as platform:id, "
                        + "e.g. slack:T0123ABC (a workspace), discord:123456789012345678 (a server) or web:local");
            }
            own.put(community, everyone.renamed(terms(communities.child(community))));
        }
        return new BotConfig.WorkSearchLog(everyone, own);
    }

    private static WorkSearchTerms terms(final ConfigSection section) {
        final Map<WorkSearchTerms.Named, String> words = new LinkedHashMap<>();
        words(section.child("columns"), List.of(WorkSearchTerms.Column.values()), words);
        words(section.child("activities"), WorkSearchTerms.activityWords(), words);
        words(section.child("results"), List.of(WorkSearchTerms.Result.values()), words);
        return new WorkSearchTerms(words);
    }

    private static void words(final ConfigSection section, final List<? extends WorkSearchTerms.Named> kinds,
                              final Map<WorkSearchTerms.Named, String> words) {
        for (final WorkSearchTerms.Named kind : kinds) {
            final String word = section.text(kind.key(), null);
            if (word == null) {
                continue;
            }
            final String stripped = word.strip();
            if (stripped.isEmpty() || stripped.length() > MAX_WORD || stripped.chars().anyMatch(Character::isISOControl)) {
                throw ConfigException.badValue(section.key(kind.key()), word, "write one line of 1 to " + MAX_WORD
                        + " characters, or leave the key out to keep \"" + kind.english() + "\"");
            }
            words.put(kind, stripped);
        }
    }
}
