-- uuid_generate_v4() gives every user a random UUID key even when a row is inserted by hand.
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

CREATE TABLE users (
    id             UUID         NOT NULL DEFAULT uuid_generate_v4(),
    email          VARCHAR(320) NOT NULL,
    display_name   VARCHAR(100),
    password_hash  VARCHAR(100) NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT users_pk PRIMARY KEY (id),
    -- The constraint's implicit unique index is the only index on email: it serves both the
    -- race-safe duplicate check and the exact-match login lookup (emails are stored lower-cased).
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE user_roles (
    user_id UUID        NOT NULL,
    role    VARCHAR(20) NOT NULL,
    CONSTRAINT user_roles_pk PRIMARY KEY (user_id, role),
    CONSTRAINT user_roles_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT user_roles_role_check CHECK (role IN ('USER', 'ADMIN'))
);
