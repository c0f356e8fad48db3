package io.followupbot.followup;

import io.followupbot.config.BotConfig;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.store.Store;
import java.time.Clock;

/**
 * The application layer: the only way into the store for the conversation, the web chat and the adapters.
 * Each use case speaks the domain's types and returns typed results ({@link FormResult}, {@link Tracked}).
 *
 * @param wording the words of the forms and their outcomes
 * @param followUps record an interview, report an event, edit, list, replan
 * @param members find, arrive, save, forget a member
 * @param settings the settings form and a change of settings
 * @param interviews the edit form of an interview
 * @param exports a member's data as files
 * @param conversations where a member is in the conversation
 * @param transcripts the web chat's transcript
 */
public record UseCases(Wording wording, FollowUps followUps, Members members, SettingsForms settings,
                       InterviewForms interviews, Exports exports, Conversations conversations, Transcripts transcripts) {

    /** Every use case on one store, in the shipped wording. */
    public static UseCases on(final Store store, final FollowUpPolicy policy, final LooseDateParser dates,
                              final Clock clock) {
        return on(store, policy, dates, clock, Wording.standard());
    }

    /** Every use case on one store, the forms and their outcomes in {@code wording}. */
    public static UseCases on(final Store store, final FollowUpPolicy policy, final LooseDateParser dates,
                              final Clock clock, final Wording wording) {
        return on(store, policy, dates, clock, wording, BotConfig.WorkSearchLog.ENGLISH);
    }

    /** The same, the work-search log in the words of each community ({@code work-search-log} in bot-config.yml). */
    public static UseCases on(final Store store, final FollowUpPolicy policy, final LooseDateParser dates,
                              final Clock clock, final Wording wording, final BotConfig.WorkSearchLog logWords) {
        final FollowUps followUps = new FollowUps(store, policy, clock);
        final Members members = new Members(store);
        return new UseCases(wording, followUps, members, new SettingsForms(store, followUps, wording),
                new InterviewForms(followUps, members, dates, clock, wording), new Exports(store, followUps, logWords),
                new Conversations(store), new Transcripts(store));
    }
}
