-- followup-bot schema, version 13: a member's weekly goal (issue 33), how many applications and follow-ups they mean
-- to make a week (settings goal N). 0 is no goal, what every member stored before this version has. A number, not
-- member text: nothing here is sealed; it goes with the member's row (forget-me) and is in their export.
ALTER TABLE members ADD COLUMN weekly_goal INTEGER NOT NULL DEFAULT 0;
