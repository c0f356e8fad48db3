package io.followupbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.followupbot.chat.Reply;
import java.time.Duration;
import java.util.Optional;

import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import io.followupbot.community.Communities;
import io.followupbot.community.CommunityAnswer;
import io.followupbot.community.CommunityKey;
import io.followupbot.community.CommunityReplies;
import io.followupbot.interview.MemberKey;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The community's admin side on Slack: {@code /followup admin} and the App Home's Community button open the
 * community's settings modal for workspace admins and owners, as {@code users.info} reports them; anyone else
 * gets one line. The community is the workspace.
 */
final class SlackAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(SlackAdmin.class);
    /** The App Home button's value and the command's word. */
    static final String WORD = "admin";

    private final Communities communities;
    private final SlackReplies replies;
    private final Cache<MemberKey, Boolean> admins = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5)).build();

    SlackAdmin(final Communities communities, final SlackReplies replies) {
        this.communities = communities;
        this.replies = replies;
    }

    /** Whether a command line is the admin's: {@code admin}, {@code admin ...}. */
    static boolean isAdminCommand(final String text) {
        final String line = text == null ? "" : text.strip();
        return line.equals(WORD) || line.startsWith(WORD + " ");
    }

    /** Opens the community's form for an admin ({@code admin stats}: shows its figures); tells anyone else why not. */
    void open(final MethodsClient client, final MemberKey member, final String channel, final String triggerId,
              final String text) {
        if (!isAdmin(client, member)) {
            replies.deliver(client, new SlackReplies.Origin(member, channel),
                    CommunityReplies.of(CommunityAnswer.notAdmin()));
            return;
        }
        if (text.strip().equals(WORD + " stats")) {
            replies.deliver(client, new SlackReplies.Origin(member, channel), CommunityReplies.of(
                    communities.stats(community(member))));
            return;
        }
        final CommunityAnswer current = communities.show(community(member));
        try {
            SlackReplies.check(client.viewsOpen(request -> request.triggerId(triggerId)
                    .view(AdminModal.build(current.values()))));
        } catch (final Exception failure) {
            LOG.warn("could not open the community settings for {}: {}", member, SlackReplies.describe(failure));
        }
    }

    /** The admin saved the form: checked again (rights can change while a modal is open), then applied. */
    void submitted(final ViewSubmissionRequest request, final MethodsClient client) {
        final var payload = request.getPayload();
        final MemberKey member = new MemberKey(SlackBot.PLATFORM, payload.getTeam().getId(), payload.getUser().getId());
        final SlackReplies.Origin origin = new SlackReplies.Origin(member, "");
        if (!isAdmin(client, member)) {
            replies.deliver(client, origin, CommunityReplies.of(CommunityAnswer.notAdmin()));
            return;
        }
        final CommunityKey community = community(member);
        final AdminModal.Submitted submitted = AdminModal.submitted(payload.getView().getState(),
                communities.show(community).values());
        final List<CommunityAnswer> answers = new ArrayList<>();
        if (!submitted.changes().isEmpty()) {
            answers.add(communities.change(community, submitted.changes()));
        }
        if (submitted.templateKind().isPresent() && !submitted.templateText().isBlank()) {
            final String text = submitted.templateText().equalsIgnoreCase("default") ? "" : submitted.templateText();
            answers.add(communities.template(community, submitted.templateKind().get(), text));
        }
        if (answers.isEmpty()) {
            answers.add(communities.show(community));
        }
        answers.forEach(answer -> replies.deliver(client, origin, CommunityReplies.of(answer)));
    }

    /**
     * The community's figures for the App Home of an admin, empty for anyone else. Slack is asked at most every
     * few minutes per member here (the Home is published after every change); opening or saving the form asks
     * each time.
     */
    Optional<Reply> homeFigures(final MethodsClient client, final MemberKey member) {
        final boolean admin = admins.get(member, key -> isAdmin(client, key));
        return admin ? Optional.of(CommunityReplies.of(communities.stats(community(member)))) : Optional.empty();
    }

    private static CommunityKey community(final MemberKey member) {
        return new CommunityKey(SlackBot.PLATFORM, member.workspaceId());
    }

    /** Slack's word on it, asked each time: workspace admins, owners and the primary owner. */
    static boolean isAdmin(final MethodsClient client, final MemberKey member) {
        try {
            final UsersInfoResponse info = client.usersInfo(request -> request.user(member.userId()));
            final User user = info.isOk() ? info.getUser() : null;
            return user != null && (user.isAdmin() || user.isOwner() || user.isPrimaryOwner());
        } catch (final Exception failure) {
            LOG.warn("could not ask Slack whether {} is an admin: {}", member, SlackReplies.describe(failure));
            return false;
        }
    }
}
