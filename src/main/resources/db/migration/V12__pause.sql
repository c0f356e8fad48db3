-- followup-bot schema, version 12: the member's say over timing (issue 31).
-- member_pauses: a member who said "pause until DATE"; nothing goes out to them before until_at. Their steps that
-- fall due meanwhile are held (plan_steps.status 'held': not sent, not lost, not marked sent); when until_at has
-- passed (the date came, or they said "resume"), the dispatcher claims the held steps and sends one message that
-- lists them, then deletes the row. A date and a time, not member text: nothing here is sealed.
CREATE TABLE member_pauses (
    member_id  VARCHAR(36) PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
    until_at   BIGINT      NOT NULL,
    created_at BIGINT      NOT NULL
);
CREATE INDEX member_pauses_until ON member_pauses (until_at);

-- Discord's custom_id holds 100 characters; a button whose command line is longer gets a short id that names a
-- row here, so that it works after a restart too. The command line carries interviewers' names (member text):
-- it is sealed like plan_steps.step_key. A row goes with its member, with the step its nudge was for, and after
-- expires_at.
CREATE TABLE button_ids (
    id         VARCHAR(40)   PRIMARY KEY,
    member_id  VARCHAR(36)   REFERENCES members (id) ON DELETE CASCADE,
    step_id    VARCHAR(36)   REFERENCES plan_steps (id) ON DELETE CASCADE,
    command    TEXT          NOT NULL,
    created_at BIGINT        NOT NULL,
    expires_at BIGINT        NOT NULL
);
CREATE INDEX button_ids_expires ON button_ids (expires_at);
CREATE INDEX button_ids_step ON button_ids (step_id);
CREATE INDEX button_ids_member ON button_ids (member_id);
