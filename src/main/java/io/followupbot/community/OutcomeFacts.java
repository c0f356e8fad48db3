package io.followupbot.community;

import java.time.Instant;
import java.util.List;

/**
 * What the figures are made of, for one interview of a member who agreed to count: no company, no person.
 *
 * @param thankYous when each thank-you was sent
 * @param checkIns when each check-in was sent
 * @param checkInNudges when the bot's check-in nudges went out (a check-in sent soon after one is on time)
 * @param replies when the employer answered in any way (still deciding, rejection, offer)
 * @param answer when the final answer came (rejection or offer), if it did
 */
public record OutcomeFacts(String memberId, Instant interviewStart, Instant interviewEnd, List<Instant> thankYous,
                           List<Instant> checkIns, List<Instant> checkInNudges, List<Instant> replies, int offers,
                           java.util.Optional<Instant> answer) {

    public OutcomeFacts {
        thankYous = List.copyOf(thankYous);
        checkIns = List.copyOf(checkIns);
        checkInNudges = List.copyOf(checkInNudges);
        replies = List.copyOf(replies);
    }
}
