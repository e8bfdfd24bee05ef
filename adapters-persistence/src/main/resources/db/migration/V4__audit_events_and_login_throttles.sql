-- The audit log: one row per security event (AuditEvent), listed newest first to admins.
-- user_id and actor_id deliberately have no foreign key to users: the events about an account,
-- USER_DELETED included, must outlive the account.
CREATE TABLE audit_events (
    id           UUID         NOT NULL,
    type         VARCHAR(64)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    user_id      UUID,
    actor_id     UUID,
    ip           VARCHAR(64),
    user_agent   VARCHAR(512),
    -- A JSON object of string -> string. jsonb rather than text holding JSON: PostgreSQL itself
    -- builds it from bind values (jsonb_object) and takes it apart (jsonb_each_text), so the
    -- adapter never writes or parses JSON text, and nothing but an object can be stored.
    details      JSONB        NOT NULL,
    CONSTRAINT audit_events_pk PRIMARY KEY (id)
);
/* [jooq ignore start] jOOQ's DDL simulation cannot render jsonb_typeof; the check does not change the generated model */
ALTER TABLE audit_events ADD CONSTRAINT audit_events_details_object CHECK (jsonb_typeof(details) = 'object');
/* [jooq ignore stop] */
-- Newest first (ORDER BY occurred_at DESC, id DESC) is a backward scan of each index; the first
-- one also finds what purgeOccurredBefore deletes.
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at, id);
CREATE INDEX audit_events_user_idx ON audit_events (user_id, occurred_at, id);
CREATE INDEX audit_events_type_idx ON audit_events (type, occurred_at, id);

-- Failed logins per login name (LoginThrottle), shared by every instance: a login locks its row
-- (SELECT ... FOR UPDATE), so concurrent attempts on one name count one by one.
-- last_failure_at: when the last failure was counted (for a record without failures yet: when it
-- was created). purgeIdle filters on it and locked_until: a background job, where a sequential
-- scan is fine, while an index would cost a write on every failed login.
CREATE TABLE login_throttles (
    login_name       VARCHAR(320) NOT NULL,
    failures         INTEGER      NOT NULL,
    locks            INTEGER      NOT NULL,
    locked_until     TIMESTAMPTZ,
    last_failure_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT login_throttles_pk PRIMARY KEY (login_name),
    CONSTRAINT login_throttles_counts_check CHECK (failures >= 0 AND locks >= 0)
);
