package io.followupbot.conversation;

import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.Exports;
import io.followupbot.followup.FollowUps;
import io.followupbot.dates.LooseDateParser;

/** The collaborators the conversation needs from the rest of the core. */
public record ConversationParts(LooseDateParser dates, FollowUps followUps, DraftRenderer drafts, DraftChecker checker,
                              Exports exports) {
}
