package io.followupbot.community;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a community command did, typed, for an adapter to render: the settings shown, saved or refused (with the
 * problems), and for a template the preview of its sample draft.
 *
 * @param text one friendly sentence of the bot's own wording
 * @param values the community's settings after the command, by key; empty means "as the bot's configuration"
 */
public record CommunityAnswer(Outcome outcome, String text, Map<String, String> values, List<String> problems,
                              Optional<String> preview) {

    public enum Outcome { SHOWN, SAVED, REFUSED, NOT_ADMIN }

    /** The one line a member who is not an admin gets. */
    public static final String NOT_ADMIN_LINE = "Only this community's admins can change its settings. Your own "
            + "settings are under settings.";

    public CommunityAnswer {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        problems = List.copyOf(problems);
    }

    public static CommunityAnswer notAdmin() {
        return new CommunityAnswer(Outcome.NOT_ADMIN, NOT_ADMIN_LINE, Map.of(), List.of(), Optional.empty());
    }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }

}
