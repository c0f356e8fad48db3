package io.followupbot.conversation;

import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.Exports;
import io.followupbot.followup.CommunityChoices;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.PrivacyNotice;
import io.followupbot.dates.LooseDateParser;
import java.util.Optional;

/**
 * The collaborators the conversation needs from the rest of the core; {@code choices} (the weekly digest and the
 * consent to count in the community's figures) is absent where no community is served; {@code privacy} is the notice
 * the {@code privacy} command shows.
 */
public record ConversationParts(LooseDateParser dates, FollowUps followUps, DraftRenderer drafts, DraftChecker checker,
                              Exports exports, Optional<CommunityChoices> choices, PrivacyNotice privacy) {

    public ConversationParts(final LooseDateParser dates, final FollowUps followUps, final DraftRenderer drafts,
                             final DraftChecker checker, final Exports exports,
                             final Optional<CommunityChoices> choices) {
        this(dates, followUps, drafts, checker, exports, choices, PrivacyNotice.defaults());
    }

    public ConversationParts(final LooseDateParser dates, final FollowUps followUps, final DraftRenderer drafts,
                             final DraftChecker checker, final Exports exports) {
        this(dates, followUps, drafts, checker, exports, Optional.empty());
    }
}
