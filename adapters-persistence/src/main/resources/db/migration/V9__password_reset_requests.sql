-- Password-reset requests waiting to be answered (see JooqPasswordResetRequestQueue).
-- Asking for a reset link only inserts a row here, the same single write whether or not the
-- address has an account, so the endpoint's response time tells nobody which addresses do. A
-- worker on any instance answers the requests afterwards: it deletes one due row in its own
-- transaction, skipping rows another worker holds (FOR UPDATE SKIP LOCKED), and the deletion is
-- final only once the answer (token, mail, audit event) commits with it; a rollback puts the row
-- back, due again.
-- email is the address as asked for, and no user_id: looking the account up while queuing would
-- make the write differ between addresses again; the worker looks it up when it answers.
-- ip and user_agent are the requester's, sized like sessions and audit_events (ClientInfo
-- cuts them to fit), for the audit event written when the request is answered.
-- attempts counts the failed attempts to answer the request; due_at is when it may be tried
-- (again): requested_at at first, later after each failure's pause.
CREATE TABLE password_reset_requests (
    id            UUID         NOT NULL,
    email         VARCHAR(320) NOT NULL,
    ip            VARCHAR(64),
    user_agent    VARCHAR(512),
    requested_at  TIMESTAMPTZ  NOT NULL,
    due_at        TIMESTAMPTZ  NOT NULL,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT password_reset_requests_pk PRIMARY KEY (id),
    CONSTRAINT password_reset_requests_attempts_check CHECK (attempts >= 0)
);
-- What a worker takes: the longest-waiting due request first.
CREATE INDEX password_reset_requests_due_idx ON password_reset_requests (due_at, requested_at);
