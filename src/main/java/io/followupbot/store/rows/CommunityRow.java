package io.followupbot.store.rows;

/**
 * One row of {@code community_settings}, as stored: a null column leaves the setting to {@code bot-config.yml}.
 *
 * @param communityId the Slack team, the Discord server or the web chat's workspace
 */
public record CommunityRow(
        String platform,
        String communityId,
        String timeZone,
        String country,
        String nudgeHour,
        String quietStart,
        String quietEnd,
        String cadence,
        Integer applicationSilence) {

    /** A community that set nothing. */
    public static CommunityRow empty(final String platform, final String communityId) {
        return new CommunityRow(platform, communityId, null, null, null, null, null, null, null);
    }
}
