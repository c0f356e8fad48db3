-- followup-bot schema, version 14: a community's own silence, in days, after an application's follow-up before its
-- move-on (issue 33); NULL leaves it to bot-config.yml (defaults.application-silence-days, 14 unless set).
ALTER TABLE community_settings ADD COLUMN application_silence INTEGER;
