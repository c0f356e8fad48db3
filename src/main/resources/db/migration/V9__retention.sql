-- followup-bot schema, version 9: retention (issue 32). When a member last used the bot (written at most once a day)
-- and when they were told that their data goes after a long silence. NULL last_active_at: never since this version,
-- so created_at counts.
ALTER TABLE members ADD COLUMN last_active_at BIGINT;
ALTER TABLE members ADD COLUMN retention_notice_at BIGINT;
