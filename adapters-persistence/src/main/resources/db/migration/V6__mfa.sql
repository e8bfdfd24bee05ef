-- Multi-factor authentication (TOTP). Every race of MFA is decided here, by one conditional
-- statement on these rows (see JooqMfaEnrolmentStore and JooqMfaChallengeStore), so that every
-- instance on this database agrees: a code accepted on one is refused on another.

-- An account's TOTP enrolment: pending from setup (enabled_at NULL) until a first code confirms it.
-- sealed_secret is the secret as the SecretSealer left it (AES-GCM when a key is configured).
-- last_used_step is the last TOTP time step accepted for the account, the confirming one first: a
-- code of that step or an earlier one is refused, so each code is accepted at most once.
CREATE TABLE mfa_enrolments (
    user_id         UUID        NOT NULL,
    sealed_secret   BYTEA       NOT NULL,
    enabled_at      TIMESTAMPTZ,
    last_used_step  BIGINT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT mfa_enrolments_pk PRIMARY KEY (user_id),
    CONSTRAINT mfa_enrolments_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT mfa_enrolments_pending_has_no_step CHECK (last_used_step IS NULL OR enabled_at IS NOT NULL)
);

-- The recovery codes of an enabled enrolment, as hashes only. They belong to the enrolment, not
-- just to the account: switching MFA off, an admin's reset and deleting the account all take them
-- along (ON DELETE CASCADE), and no code can outlive the enrolment it was issued with.
-- The primary key serves every lookup (by account, and by account and hash).
CREATE TABLE mfa_recovery_codes (
    user_id    UUID        NOT NULL,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMPTZ,
    CONSTRAINT mfa_recovery_codes_pk PRIMARY KEY (user_id, code_hash),
    CONSTRAINT mfa_recovery_codes_enrolment_fk FOREIGN KEY (user_id)
        REFERENCES mfa_enrolments (user_id) ON DELETE CASCADE
);

-- The second step of a login: one row per mfaToken handed out, by its hash only. Usable while not
-- expired, not spent and with fewer than 5 failures (MfaChallenge.MAX_FAILURES).
-- No index on user_id: rows live minutes, so deleting an account scans a small table, while an
-- index would cost a write on every login with MFA.
CREATE TABLE mfa_challenges (
    token_hash  VARCHAR(64) NOT NULL,
    user_id     UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    failures    INTEGER     NOT NULL DEFAULT 0,
    spent_at    TIMESTAMPTZ,
    CONSTRAINT mfa_challenges_pk PRIMARY KEY (token_hash),
    CONSTRAINT mfa_challenges_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT mfa_challenges_failures_check CHECK (failures >= 0)
);
-- What purgeExpired deletes.
CREATE INDEX mfa_challenges_expires_idx ON mfa_challenges (expires_at);
