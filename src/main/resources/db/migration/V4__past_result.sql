-- followup-bot schema, version 4: a result of the member's past work that answers a problem the interviewers
-- raised, linked to it in the full thank-you. Empty for interviews entered before.
ALTER TABLE interviews ADD COLUMN past_result VARCHAR(1000) NOT NULL DEFAULT '';
