-- How each session's login proved who the user is, which every access token of the session states
-- (amr, acr, auth_time) and a refresh keeps. amr holds the RFC 8176 method values in order
-- ({pwd}, {pwd,otp,mfa}, {pwd,mfa}); acr is not stored, as it follows from amr (aal2 exactly when
-- mfa is among them, see Authentication), and one home for that rule is enough. auth_time is when
-- the login's last step completed.
ALTER TABLE sessions ADD COLUMN amr TEXT[];
ALTER TABLE sessions ADD COLUMN auth_time TIMESTAMPTZ;

-- Sessions that exist already were all opened by a password-only login, when they were created.
UPDATE sessions SET amr = ARRAY['pwd'], auth_time = created_at;
ALTER TABLE sessions ALTER COLUMN amr SET NOT NULL;
ALTER TABLE sessions ALTER COLUMN auth_time SET NOT NULL;
