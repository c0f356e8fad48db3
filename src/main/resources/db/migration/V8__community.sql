-- followup-bot schema, version 8: communities (issue 20). A community is a Slack workspace, a Discord server or
-- the web chat; its admins set defaults that sit between a member's own settings and bot-config.yml.
-- Portable SQL, as every migration: the same file runs on SQLite and PostgreSQL.

-- A community's defaults; a NULL column means "as bot-config.yml says".
CREATE TABLE community_settings (
    platform     VARCHAR(16) NOT NULL,
    community_id VARCHAR(64) NOT NULL,
    time_zone    VARCHAR(64),
    country      VARCHAR(8),
    nudge_hour   VARCHAR(5),
    quiet_start  VARCHAR(5),
    quiet_end    VARCHAR(5),
    cadence      VARCHAR(16),
    updated_at   BIGINT      NOT NULL,
    PRIMARY KEY (platform, community_id)
);

-- A community's own wording of a draft (a Mustache template), accepted only once the draft checker passed it.
CREATE TABLE community_templates (
    platform     VARCHAR(16) NOT NULL,
    community_id VARCHAR(64) NOT NULL,
    kind         VARCHAR(32) NOT NULL,
    body         TEXT        NOT NULL,
    updated_at   BIGINT      NOT NULL,
    PRIMARY KEY (platform, community_id, kind)
);

-- What a member chose about their community: which one they belong to when the platform does not say it by
-- itself (a Discord user is one member across servers: the server they last used the bot in), whether they get
-- the weekly digest (on unless turned off) and whether they count in the community's anonymous figures (off
-- unless they agree). No row: in their workspace's community, digest on, not counted.
CREATE TABLE member_community (
    member_id     VARCHAR(36) PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    community_id  VARCHAR(64),
    digest        INTEGER     NOT NULL DEFAULT 1,
    stats_consent INTEGER     NOT NULL DEFAULT 0,
    updated_at    BIGINT      NOT NULL
);

-- One row per weekly digest sent: the primary key is what makes a digest go out at most once a week, across
-- restarts and instances (the row is inserted before the message is sent).
CREATE TABLE digests_sent (
    member_id VARCHAR(36) NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    week      VARCHAR(10) NOT NULL,
    sent_at   BIGINT      NOT NULL,
    PRIMARY KEY (member_id, week)
);
