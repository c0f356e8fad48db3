-- followup-bot schema, version 7: the local web chat's transcript (issue 19), so that a reload, a restart or a
-- nudge that falls due while no browser is open loses nothing. One row per message in or out, numbered per
-- member; the oldest are dropped beyond a bound. body is the message as the page shows it (JSON);
-- answered = 1 once its buttons no longer apply.
CREATE TABLE transcripts (
    member_id VARCHAR(36) NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    seq       BIGINT      NOT NULL,
    sent_at   BIGINT      NOT NULL,
    sender    VARCHAR(8)  NOT NULL,
    body      TEXT        NOT NULL,
    answered  INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (member_id, seq)
);
