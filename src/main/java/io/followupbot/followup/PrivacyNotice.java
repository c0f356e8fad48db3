package io.followupbot.followup;

import io.followupbot.chat.MemberText;
import io.followupbot.config.BotConfig;
import java.util.List;

/**
 * What the bot keeps about a member, who sees it, how long it stays and how to take it away: one text, shown by the
 * {@code privacy} command on every platform and served at {@code /privacy} (the address a Slack or Discord listing
 * links to). Made from the operator's configuration, so it says what this bot really does.
 *
 * @param sealed whether member data is encrypted at rest ({@code FOLLOWUP_ENCRYPTION_KEY} is set)
 */
public record PrivacyNotice(BotConfig.Privacy operator, BotConfig.Retention retention, boolean sealed) {

    public static final String TITLE = "Privacy: what I keep about you";

    /** One part of the notice: a short heading and its sentences. */
    public record Part(String heading, String text) {
    }

    /** The notice of a bot run with the defaults: no operator named, the default retention, no key. */
    public static PrivacyNotice defaults() {
        return new PrivacyNotice(BotConfig.Privacy.UNSET, BotConfig.Retention.DEFAULT, false);
    }

    public static PrivacyNotice of(final BotConfig config) {
        return new PrivacyNotice(config.privacy(), config.retention(), config.database().encryption().on());
    }

    public List<Part> parts() {
        return List.of(
                new Part("What", "Your settings (zone, country, nudge hour, quiet hours, weekly goal, the name and signature for "
                        + "your drafts), the interviews you enter (company, role, when, the interviewers' names, titles "
                        + "and emails, your notes), each interview's plan and what you did with it, and your answers "
                        + "while we set one up."),
                new Part("Who sees it", "Only you. Community admins see totals only, counting just the members who "
                        + "agreed to be counted, and only once five or more did. "
                        + (sealed ? "What you typed is encrypted in the database."
                                : "The database is not encrypted: whoever runs this bot can read it.")),
                new Part("How long", howLong()),
                new Part("Your copy", "`export` gives you all of it as a spreadsheet, a JSON file and a calendar."),
                new Part("Delete", "`forget-me` deletes everything about you at once; nothing is kept."),
                new Part("Questions", operator.operator().isBlank() && operator.contact().isBlank()
                        ? "Ask your community's admins, who installed this bot."
                        : "This bot is run by " + who() + "."));
    }

    /** The notice as one chat message. */
    public String text() {
        final StringBuilder text = new StringBuilder(TITLE);
        for (final Part part : parts()) {
            text.append("\n- ").append(part.heading()).append(": ").append(part.text());
        }
        return text.toString();
    }

    private String who() {
        final String name = operator.operator().isBlank() ? "your community's admins"
                : MemberText.quote(operator.operator());
        return operator.contact().isBlank() ? name : name + " (" + MemberText.quote(operator.contact()) + ")";
    }

    private String howLong() {
        final String closed = retention.closedDays() == 0 ? "Closed applications stay until you delete them."
                : "An application closed (an outcome, a move-on or an archive) is deleted after "
                + retention.closedDays() + " days.";
        final String away = retention.inactiveDays() == 0 ? "Your data stays however long you are away."
                : "If you don't use me for " + retention.inactiveDays() + " days, I delete everything about you, "
                + "after telling you a week before.";
        return closed + " " + away + " When a Slack workspace removes the app, everything of that workspace is deleted "
                + "within a minute; when a Discord server removes it, that server's settings go and your own data stays.";
    }
}
