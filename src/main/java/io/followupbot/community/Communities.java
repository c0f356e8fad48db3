package io.followupbot.community;

import io.followupbot.chat.MemberText;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftKind;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.FollowUps;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.TextLimits;
import io.followupbot.policy.Reading;
import io.followupbot.policy.SettingValues;
import io.followupbot.store.CommunityStore;
import io.followupbot.store.Store;
import io.followupbot.store.WorkspaceData;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The community's side of the bot, one call per use: what its admins see and change (defaults for every member,
 * the wording of drafts). Who is an admin is the platform's word, so adapters check it before calling; the web
 * chat's operator uses the {@code community} command line.
 */
public final class Communities {

    /** The community setting names, and {@code template} for a draft's wording. */
    public static final String TEMPLATE = "template";

    private final CommunityStore communities;
    private final Store store;
    private final FollowUps followUps;
    private final CommunityWordings wordings;
    private final TemplateCheck templates;
    private final Clock clock;
    private final CommunityStats stats;
    private final GoalStats goals;

    public Communities(final Store store, final FollowUps followUps, final DraftRenderer drafts,
                       final DraftChecker checker, final Clock clock) {
        this.communities = new CommunityStore(store.jdbi());
        this.store = store;
        this.followUps = followUps;
        this.wordings = new CommunityWordings(communities, drafts);
        this.templates = new TemplateCheck(drafts, checker);
        this.clock = clock;
        final io.followupbot.store.stats.StatsStore facts = new io.followupbot.store.stats.StatsStore(store.jdbi());
        this.stats = new CommunityStats(facts);
        this.goals = new GoalStats(facts, store, followUps, clock);
        drafts.useWordings(wordings);
    }

    /** The community a member belongs to. */
    public CommunityKey of(final MemberKey member) {
        return new CommunityKey(member.platform(), communities.communityOf(member));
    }

    /** The member used the bot in this community (a Discord server): its settings apply to them from now on. */
    public void joined(final MemberKey member, final String communityId) {
        final String memberId = store.inTransaction(session -> session.memberFor(member, "")).id();
        communities.join(memberId, communityId, clock.millis());
    }

    /**
     * The bot left this server (it was removed, or the server is gone): its settings and wording are deleted, and no
     * member counts as belonging to it any more. The members' own data stays: a Discord account is one member on
     * every server.
     */
    public int left(final String platform, final String communityId) {
        return store.inTransaction(session -> WorkspaceData.removeCommunity(session, platform, communityId));
    }

    /** An admin's command line: empty to show, {@code <setting> <value>}, or {@code template <kind> <text>}. */
    public CommunityAnswer command(final CommunityKey community, final String line) {
        final String[] words = line.strip().split("\\s+", 2);
        if (words[0].isEmpty() || words[0].equalsIgnoreCase("show")) {
            return show(community);
        }
        final String rest = words.length > 1 ? words[1] : "";
        if (words[0].equalsIgnoreCase(TEMPLATE)) {
            final String[] kindAndText = rest.strip().split("\\s+", 2);
            return template(community, kindAndText[0], kindAndText.length > 1 ? kindAndText[1] : "");
        }
        return change(community, Map.of(words[0], rest));
    }

    public CommunityAnswer show(final CommunityKey community) {
        return answer(CommunityAnswer.Outcome.SHOWN, "Your community's defaults (a member's own settings win; an "
                + "empty one is the bot's):", settings(community), List.of(), Optional.empty());
    }

    /** Changes some settings at once, or none when one is refused; members' open plans follow the new defaults. */
    public CommunityAnswer change(final CommunityKey community, final Map<String, String> changes) {
        final CommunitySettings before = settings(community);
        CommunitySettings after = before;
        for (final Map.Entry<String, String> change : changes.entrySet()) {
            final SettingEdits.Edit edit = SettingEdits.apply(after, change.getKey(), change.getValue());
            if (edit.settings().isEmpty()) {
                return answer(CommunityAnswer.Outcome.REFUSED, "Nothing changed.", before, List.of(edit.problem()),
                        Optional.empty());
            }
            after = edit.settings().get();
        }
        if (after.equals(before)) {
            return answer(CommunityAnswer.Outcome.SHOWN, "Nothing changed in your community's settings.", before,
                    List.of(), Optional.empty());
        }
        communities.saveSettings(after.row(community), clock.millis());
        replan(community);
        return answer(CommunityAnswer.Outcome.SAVED, "Saved. Members who did not choose otherwise follow these "
                + "defaults from now on, and their open plans are updated.", after, List.of(), Optional.empty());
    }

    /** A draft's wording for the community, checked first; an empty text goes back to the bot's own. */
    public CommunityAnswer template(final CommunityKey community, final String kindKey, final String text) {
        final Optional<DraftKind> kind = DraftKind.fromKey(kindKey);
        if (kind.isEmpty()) {
            return answer(CommunityAnswer.Outcome.REFUSED, "I don't know the draft \""
                    + MemberText.quote(TextLimits.cap(kindKey, 30)) + "\". Drafts are " + kinds() + ".",
                    settings(community), List.of(), Optional.empty());
        }
        final Reading<String> template = SettingValues.template(text);
        if (template.isRefused()) {
            return answer(CommunityAnswer.Outcome.REFUSED, template.refusal(), settings(community), List.of(),
                    Optional.empty());
        }
        final String source = template.value().orElseThrow();
        if (source.isEmpty()) {
            communities.saveTemplate(community.platform(), community.id(), kind.get().key(), "", clock.millis());
            wordings.changed(community);
            return answer(CommunityAnswer.Outcome.SAVED, "The " + words(kind.get()) + " draft is back to the bot's "
                    + "own wording.", settings(community), List.of(), Optional.empty());
        }
        final Map<DraftKind, String> others = wordings.templates(community);
        others.remove(kind.get());
        final TemplateCheck.Result result = templates.check(kind.get(), source, others);
        if (!result.accepted()) {
            return answer(CommunityAnswer.Outcome.REFUSED, "I kept the old wording: the draft checker found this in "
                    + "the new one, filled for a sample interview.", settings(community), result.problems(),
                    Optional.of(result.preview()).filter(preview -> !preview.isBlank()));
        }
        communities.saveTemplate(community.platform(), community.id(), kind.get().key(), source, clock.millis());
        wordings.changed(community);
        return answer(CommunityAnswer.Outcome.SAVED, "Saved. Members' " + words(kind.get()) + " drafts use this "
                + "wording from now on. Here it is for a sample interview:", settings(community), List.of(),
                Optional.of(result.preview()));
    }

    /**
     * The community's anonymous figures per month, from members who agreed to count, with their chart, and the share
     * of them with a weekly goal who met it last week.
     */
    public StatsAnswer stats(final CommunityKey community) {
        final List<OutcomeStats.Month> months = stats.months(community);
        return new StatsAnswer(months, StatsChart.png(months), goals.metLastWeek(community));
    }

    /** The community's own wording of each draft kind it rewrote, by kind key. */
    public Map<String, String> templates(final CommunityKey community) {
        return communities.templates(community.platform(), community.id());
    }

    private CommunitySettings settings(final CommunityKey community) {
        return communities.settings(community.platform(), community.id()).map(CommunitySettings::of)
                .orElse(CommunitySettings.NONE);
    }

    private void replan(final CommunityKey community) {
        for (final String memberId : communities.members(community.platform(), community.id())) {
            store.read(session -> session.member(memberId)).ifPresent(followUps::replanAll);
        }
    }

    private static CommunityAnswer answer(final CommunityAnswer.Outcome outcome, final String text,
                                          final CommunitySettings settings, final List<String> problems,
                                          final Optional<String> preview) {
        return new CommunityAnswer(outcome, text, settings.values(), problems, preview);
    }

    private static String words(final DraftKind kind) {
        return kind.key().replace('_', ' ');
    }

    private static String kinds() {
        return String.join(", ", java.util.Arrays.stream(DraftKind.values()).map(DraftKind::key).toList());
    }
}
