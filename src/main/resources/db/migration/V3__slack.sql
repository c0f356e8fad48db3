-- followup-bot schema, version 3: Slack installations through OAuth (issue 7), one row per workspace.
-- bot_token holds "plain:<token>" or, when FOLLOWUP_ENCRYPTION_KEY is set, "aesgcm:<base64 of iv + sealed token>".
CREATE TABLE slack_installations (
    team_id VARCHAR(32) NOT NULL PRIMARY KEY,
    enterprise_id VARCHAR(32),
    app_id VARCHAR(32),
    bot_id VARCHAR(32),
    bot_user_id VARCHAR(32),
    bot_scope VARCHAR(1000),
    bot_token VARCHAR(1000) NOT NULL,
    installer_user_id VARCHAR(32),
    installed_at BIGINT NOT NULL
);
