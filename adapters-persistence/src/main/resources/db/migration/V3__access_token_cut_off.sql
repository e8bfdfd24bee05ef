-- Access tokens issued before tokens_valid_after no longer speak for the account: a password
-- change, a role change or disabling moves it to the next whole second (see User). Access tokens
-- carry whole seconds, so the cut-off is a whole second too.
ALTER TABLE users ADD COLUMN tokens_valid_after TIMESTAMPTZ;

-- For a row inserted by hand, like the other columns' defaults: no token is older than the row.
/* [jooq ignore start] DDLDatabase would copy its H2 rendering of this default into the generated code; only PostgreSQL needs it */
ALTER TABLE users ALTER COLUMN tokens_valid_after SET DEFAULT date_trunc('second', now());
/* [jooq ignore stop] */

-- Accounts that exist already keep every token they were issued: their cut-off is the second
-- they were created in, as User.create sets it for a new account.
UPDATE users SET tokens_valid_after = date_trunc('second', created_at);
ALTER TABLE users ALTER COLUMN tokens_valid_after SET NOT NULL;

-- No new index. findTokensValidAfter, lockRefreshToken, rotate and revoke go by primary keys,
-- findLive and revokeAllOf by sessions_user_idx. purgeEnded filters on sessions.expires_at OR
-- sessions.revoked_at, and on refresh_tokens.expires_at: it runs in the background every so often,
-- where a sequential scan is fine at the sizes this service targets, while an index on
-- refresh_tokens.expires_at would cost an extra write on every token refresh, the hottest write.
