-- followup-bot schema, version 2: durable delivery of nudges (issue 6).
-- plan_steps.status gains three values: 'collapsed' (an overdue step superseded by a later due step of the
-- same interview), 'paused' (the member is unreachable) and 'failed' (given up on).
-- claim_token names one claim of one dispatcher: a runner whose lease expired cannot settle a row that
-- another runner has claimed since.
ALTER TABLE plan_steps ADD COLUMN claim_token VARCHAR(36);

-- The due-work query (status = 'pending' AND due_at <= now ORDER BY due_at LIMIT n) reads only this index:
-- with id in it, no table row is visited to find due work, however many steps are stored.
DROP INDEX plan_steps_due;
CREATE INDEX plan_steps_due ON plan_steps (status, due_at, id);

-- Pausing and resuming the steps of one member (unreachable, reachable again) and forgetting a member.
-- Not on status: a claim or a delivery, which change the status, need not touch this index.
CREATE INDEX plan_steps_member ON plan_steps (member_id);
