package io.followupbot.discord;

import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.MemberKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who a Discord user is to the bot, and the little the adapter reads without the engine: the member's
 * interviews for autocomplete, from the application layer.
 *
 * <p>A Discord user is one person across every server and the bot's DMs, and their nudges always go to
 * their DMs, so every Discord member has the same workspace, {@value #WORKSPACE}: using the bot in two
 * servers shows the same interviews.
 */
public final class DiscordMembers {

    public static final String PLATFORM = "discord";
    public static final String WORKSPACE = "discord";
    private static final int MAX_CHOICES = 25;
    private static final int MAX_CHOICE_NAME = 100;

    private final FollowUps followUps;

    public DiscordMembers(final FollowUps followUps) {
        this.followUps = followUps;
    }

    public static MemberKey key(final String userId) {
        return new MemberKey(PLATFORM, WORKSPACE, userId);
    }

    /** The member's interviews whose number or company starts with what they typed so far; never creates a member. */
    List<Interview> interviews(final String userId, final String typed) {
        final String wanted = typed.strip().toLowerCase(Locale.ROOT).replace("#", "");
        final List<Interview> found = new ArrayList<>();
        for (final Tracked tracked : followUps.pipeline(key(userId))) {
            final String company = tracked.stored().interview().company();
            if (wanted.isEmpty() || String.valueOf(tracked.number()).startsWith(wanted)
                    || company.toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(new Interview(tracked.number(), label(tracked)));
            }
            if (found.size() == MAX_CHOICES) {
                break;
            }
        }
        return found;
    }

    private static String label(final Tracked tracked) {
        final String label = "#" + tracked.number() + " " + tracked.stored().interview().company() + " - "
                + tracked.stored().interview().role() + " (" + tracked.stored().stage().label() + ")";
        return label.length() <= MAX_CHOICE_NAME ? label : label.substring(0, MAX_CHOICE_NAME - 1) + "…";
    }

    /** One autocomplete choice: the interview's number and how it reads in the list. */
    record Interview(int number, String label) {
    }
}
