-- Whether the bootstrap admin was ever created from configuration (BootstrapAdminRecord): at most
-- one row. Once it exists, configuration never creates that admin again, so an operator who
-- deleted it does not see it come back with the configured password at the next restart. The
-- primary key decides between instances starting at once.
CREATE TABLE bootstrap_admin (
    only_row    BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL,
    CONSTRAINT bootstrap_admin_pk PRIMARY KEY (only_row),
    CONSTRAINT bootstrap_admin_one_row CHECK (only_row)
);

/* [jooq ignore start] a data migration (with jsonb operators jOOQ's DDL simulation cannot run); it does not change the generated model */
-- A database from before this table: its bootstrap admin was created if the audit log says so
-- (events are kept 180 days by default) or, failing that, if any ADMIN exists (then bootstrapping
-- has nothing left to do either).
INSERT INTO bootstrap_admin (only_row, created_at)
SELECT TRUE, coalesce(
        (SELECT min(occurred_at) FROM audit_events
         WHERE type = 'USER_CREATED' AND details ->> 'source' = 'bootstrap-configuration'),
        (SELECT min(u.created_at) FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'ADMIN'))
WHERE EXISTS (SELECT 1 FROM audit_events
              WHERE type = 'USER_CREATED' AND details ->> 'source' = 'bootstrap-configuration')
   OR EXISTS (SELECT 1 FROM user_roles WHERE role = 'ADMIN');
/* [jooq ignore stop] */
