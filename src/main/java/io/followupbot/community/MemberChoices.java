package io.followupbot.community;

import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.CommunityChoices;
import io.followupbot.interview.Member;
import io.followupbot.interview.TextLimits;
import io.followupbot.store.CommunityStore;
import io.followupbot.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's choices about their community, one call per command: {@code settings digest on|off} (the weekly
 * digest, on by default) and {@code settings stats on|off} (counting in the community's anonymous figures, off
 * until the member agrees).
 */
public final class MemberChoices implements CommunityChoices {

    private final CommunityStore communities;
    private final Clock clock;

    public MemberChoices(final Store store) {
        this.communities = new CommunityStore(store.jdbi());
        this.clock = store.clock();
    }

    public CommunityStore.Choices of(final Member member) {
        return communities.choices(member.id());
    }

    @Override
    public List<Outbound.Field> fields(final Member member) {
        final CommunityStore.Choices current = of(member);
        return List.of(new Outbound.Field("digest", current.digest() ? "on" : "off"),
                new Outbound.Field("stats", current.statsConsent() ? "on" : "off"));
    }

    @Override
    public Reply change(final Member member, final String key, final String value) {
        final CommunityStore.Choices current = of(member);
        final boolean digest = key.equalsIgnoreCase("digest");
        final Optional<Boolean> wanted = onOrOff(value);
        if (value.isBlank()) {
            return Reply.text(describe(current, digest));
        }
        if (wanted.isEmpty()) {
            return Reply.text("\"" + MemberText.quote(TextLimits.cap(value, 20)) + "\" isn't on or off. For example: "
                    + "settings " + (digest ? "digest" : "stats") + " off.");
        }
        final CommunityStore.Choices changed = digest ? new CommunityStore.Choices(wanted.get(), current.statsConsent())
                : new CommunityStore.Choices(current.digest(), wanted.get());
        communities.saveChoices(member.id(), changed, clock.millis());
        return Reply.text("Saved. " + describe(changed, digest));
    }

    private static String describe(final CommunityStore.Choices choices, final boolean digest) {
        if (digest) {
            return choices.digest() ? "Your weekly digest is on: on the first business day of the week, while you "
                    + "have open interviews. Turn it off with settings digest off."
                    : "Your weekly digest is off. Turn it on again with settings digest on.";
        }
        return choices.statsConsent() ? "You count in your community's anonymous figures (never by name, and only "
                + "in groups of at least 5 people). Stop with settings stats off."
                : "You don't count in your community's anonymous figures. To help your coaches, agree with settings "
                + "stats on: only totals of at least 5 people, no names, no companies.";
    }

    private static Optional<Boolean> onOrOff(final String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true" -> Optional.of(true);
            case "off", "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
