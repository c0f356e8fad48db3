-- followup-bot schema, version 11: an application holds rounds (issue 28). A row of interviews with no
-- application_id is an application and its first round (what every interview stored before this version becomes,
-- unchanged: its number, events and plan stay where they are); a row with one is a later round of that application,
-- with round_number 2, 3, ... and a negative number of its own that no member sees or types. Events and plan steps
-- always belong to the application's row.
ALTER TABLE interviews ADD COLUMN application_id VARCHAR(36) REFERENCES interviews (id) ON DELETE CASCADE;
ALTER TABLE interviews ADD COLUMN round_number INTEGER NOT NULL DEFAULT 1;
CREATE INDEX interviews_application ON interviews (application_id);
