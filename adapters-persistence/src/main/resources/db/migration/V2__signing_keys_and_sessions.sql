-- RSA signing keys shared by every instance on this database. The private key is PKCS#8 DER,
-- the public key X.509 DER; only one key is active (the one new tokens are signed with).
CREATE TABLE signing_keys (
    kid          VARCHAR(64) NOT NULL,
    private_key  BYTEA       NOT NULL,
    public_key   BYTEA       NOT NULL,
    active       BOOLEAN     NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    retired_at   TIMESTAMPTZ,
    CONSTRAINT signing_keys_pk PRIMARY KEY (kid)
);
/* [jooq ignore start] partial unique indexes are beyond jOOQ's DDL simulation; they do not change the generated model */
-- At most one active key: two instances starting at once cannot both create one.
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (active) WHERE active;
/* [jooq ignore stop] */

-- A session is opened by each login; its refresh tokens are stored as SHA-256 hashes only.
CREATE TABLE sessions (
    id            UUID         NOT NULL,
    user_id       UUID         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    last_used_at  TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    revoked_at    TIMESTAMPTZ,
    ip            VARCHAR(64),
    user_agent    VARCHAR(512),
    CONSTRAINT sessions_pk PRIMARY KEY (id),
    CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE refresh_tokens (
    token_hash  VARCHAR(64) NOT NULL,
    session_id  UUID        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    spent_at    TIMESTAMPTZ,
    CONSTRAINT refresh_tokens_pk PRIMARY KEY (token_hash),
    CONSTRAINT refresh_tokens_session_fk FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE
);
CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id);
