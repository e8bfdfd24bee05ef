-- Email: verification, password reset, email change, and the outbox that delivers their mail.
-- Every race here is decided by one conditional statement or a row lock on these rows (see
-- JooqEmailTokenStore and JooqMailOutbox), so that every instance on this database agrees.

-- Whether the account's current address was proven by a link mailed to it. Accounts from before
-- this migration have proven nothing yet.
ALTER TABLE users ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT FALSE;

-- The single-use tokens mailed in links, by their SHA-256 only (never the token itself).
-- email is the address the token speaks for: the account's address when a verification token was
-- issued (it verifies nothing once the address changed), the new address of an email change.
-- A token is usable while not spent, not superseded (a newer token of the same account and
-- purpose was issued) and not expired.
CREATE TABLE email_tokens (
    token_hash     VARCHAR(64)  NOT NULL,
    purpose        VARCHAR(32)  NOT NULL,
    user_id        UUID         NOT NULL,
    email          VARCHAR(320) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    expires_at     TIMESTAMPTZ  NOT NULL,
    spent_at       TIMESTAMPTZ,
    superseded_at  TIMESTAMPTZ,
    CONSTRAINT email_tokens_pk PRIMARY KEY (token_hash),
    CONSTRAINT email_tokens_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT email_tokens_purpose_check CHECK (purpose IN ('VERIFY_EMAIL', 'PASSWORD_RESET', 'EMAIL_CHANGE'))
);
-- Superseding an account's earlier tokens, the 60-second mail limit, deleting an account.
CREATE INDEX email_tokens_user_purpose_idx ON email_tokens (user_id, purpose, created_at);
-- What purgeExpired deletes.
CREATE INDEX email_tokens_expires_idx ON email_tokens (expires_at);

-- The transactional outbox: a mail is written in the unit of work of the change that causes it
-- and delivered afterwards by a sender on any instance. A sender claims due rows (FOR UPDATE SKIP
-- LOCKED) under a lease: claim_id names the claim, lease_until ends it, so a row is worked on by
-- one sender at a time, and a sender that died lets its rows be claimed again after the lease.
-- subject and body hold live tokens: they are erased (NULL) once the mail is sent or given up.
CREATE TABLE mail_outbox (
    id               UUID         NOT NULL,
    recipient        VARCHAR(320) NOT NULL,
    topic            VARCHAR(32)  NOT NULL,
    subject          TEXT,
    body             TEXT,
    queued_at        TIMESTAMPTZ  NOT NULL,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    claim_id         UUID,
    lease_until      TIMESTAMPTZ,
    last_error       TEXT,
    sent_at          TIMESTAMPTZ,
    abandoned_at     TIMESTAMPTZ,
    CONSTRAINT mail_outbox_pk PRIMARY KEY (id),
    CONSTRAINT mail_outbox_attempts_check CHECK (attempts >= 0),
    CONSTRAINT mail_outbox_done_once CHECK (sent_at IS NULL OR abandoned_at IS NULL),
    CONSTRAINT mail_outbox_pending_has_body CHECK (
        sent_at IS NOT NULL OR abandoned_at IS NOT NULL OR (subject IS NOT NULL AND body IS NOT NULL))
);
-- What a sender claims and what the pending gauge counts: the mail still to deliver.
/* [jooq ignore start] partial indexes are beyond jOOQ's DDL simulation; they do not change the generated model */
CREATE INDEX mail_outbox_pending_idx ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND abandoned_at IS NULL;
/* [jooq ignore stop] */
-- What purgeFinished deletes (delivered or given-up mail kept a while for the record).
CREATE INDEX mail_outbox_queued_idx ON mail_outbox (queued_at);
