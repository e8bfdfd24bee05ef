package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MFA_ENROLMENTS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.USERS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.USER_ROLES;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.UserRolesRecord;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.UsersRecord;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.port.out.UserViewQueries;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.TokenCutOff;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep2;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/** Accounts in {@code users}, their roles in {@code user_roles} (stored as the enum's names). */
final class JooqUserRepository implements UserRepository, UserViewQueries {
    static final String EMAIL_UNIQUE_CONSTRAINT = "users_email_key";
    private static final char LIKE_ESCAPE = '\\';

    /** Each user's roles in the same query, so a page of users costs one round trip, not N + 1. */
    /**
     * The account's roles as a PostgreSQL array subquery, read with the account in one statement.
     * Not jOOQ's MULTISET: its PostgreSQL emulation (JSON built on the server, parsed on the client)
     * was a third of the CPU jOOQ spent on the hottest read, {@code GET /users/me}.
     */
    private static final Field<List<Role>> ROLES = array(select(USER_ROLES.ROLE)
                    .from(USER_ROLES)
                    .where(USER_ROLES.USER_ID.eq(USERS.ID))
                    .orderBy(USER_ROLES.ROLE))
            .as("roles")
            .convertFrom(names -> Arrays.stream(names).map(Role::valueOf).toList());

    /**
     * Whether the account's MFA is on (an enabled enrolment; a setup not confirmed yet is not), as
     * a subquery over the enrolments' primary key, read with the account in one statement.
     */
    private static final Field<Boolean> MFA_ENABLED = field(exists(selectOne()
                    .from(MFA_ENROLMENTS)
                    .where(MFA_ENROLMENTS.USER_ID.eq(USERS.ID), MFA_ENROLMENTS.ENABLED_AT.isNotNull())))
            .as("mfa_enabled");

    private final DSLContext dsl;
    /**
     * {@link #findById}'s statement, rendered once. It runs on every {@code GET /users/me}, where
     * building and rendering the query each time was about a fifth of the request's CPU; the
     * result is still read through the generated fields ({@link #fetchOneById}), so types and
     * converters are the same as for every other query here.
     */
    private final String findByIdSql;

    private final Field<?>[] selectedFields;

    /** {@link #findView}'s statement, rendered once for the same reason as {@link #findByIdSql}. */
    private final String findViewSql;

    private final Field<?>[] viewFields;

    JooqUserRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.findByIdSql = dsl.render(selectUsers().where(USERS.ID.eq(val(null, USERS.ID))));
        this.selectedFields = selectUsers().getSelect().toArray(Field<?>[]::new);
        this.findViewSql = dsl.render(selectViews().where(USERS.ID.eq(val(null, USERS.ID))));
        this.viewFields = selectViews().getSelect().toArray(Field<?>[]::new);
    }

    /** No look-up first: the unique constraint alone decides, so two concurrent inserts cannot both win. */
    @Override
    public void insert(User user) {
        try {
            dsl.insertInto(USERS)
                    .set(changeableColumns(user))
                    .set(USERS.ID, user.id().value())
                    .set(USERS.CREATED_AT, toColumn(user.createdAt()))
                    .execute();
        } catch (RuntimeException failure) {
            throw emailTakenOr(failure);
        }
        insertRoles(user.id().value(), user.roles());
    }

    /**
     * The users row is written first: a concurrent {@link #lockEnabledAdmins} holder then blocks
     * this change before any role moves. Roles are changed by difference, not deleted and
     * re-inserted, so an unchanged ADMIN row keeps its identity for lockers waiting on it.
     */
    @Override
    public void update(User user) {
        UUID id = user.id().value();
        int updated;
        try {
            updated = dsl.update(USERS)
                    .set(changeableColumns(user))
                    .where(USERS.ID.eq(id))
                    .execute();
        } catch (RuntimeException failure) {
            throw emailTakenOr(failure);
        }
        if (updated == 0) {
            throw new IllegalStateException("No stored user " + user.id());
        }
        dsl.deleteFrom(USER_ROLES)
                .where(USER_ROLES.USER_ID.eq(id))
                .and(USER_ROLES.ROLE.notIn(roleNames(user.roles())))
                .execute();
        insertRoles(id, user.roles());
    }

    @Override
    public Optional<User> findById(UserId id) {
        return fetchOneById(findByIdSql, selectedFields, id).map(JooqUserRepository::toUser);
    }

    /** One statement: the account, its roles and whether its MFA is on. */
    @Override
    public Optional<UserView> findView(UserId id) {
        return fetchOneById(findViewSql, viewFields, id).map(row -> new UserView(toUser(row), row.get(MFA_ENABLED)));
    }

    /**
     * Runs a statement rendered at construction, whose one bind value is the account's id, through
     * JDBC on this DSLContext's connection (the current transaction's, if any), and reads the row
     * through the given generated fields, with their types and converters. Not as
     * {@code dsl.resultQuery(sql, id)}: jOOQ parses a plain-SQL string for its placeholders again on
     * every execution, which was half of jOOQ's CPU on {@code GET /users/me}. jOOQ's execute
     * listeners do not see these statements, so an outage is translated here.
     */
    private Optional<Record> fetchOneById(String sql, Field<?>[] fields, UserId id) {
        try {
            return dsl.connectionResult(connection -> {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, id.value());
                    try (ResultSet rows = statement.executeQuery()) {
                        return Optional.ofNullable(dsl.fetchOne(rows, fields));
                    }
                }
            });
        } catch (RuntimeException failure) {
            throw StoreOutages.translate(failure);
        }
    }

    /**
     * Two statements, on purpose. The first locks the users row and may wait for a concurrent
     * change; the second reads the account afresh. Read in one locking SELECT, the roles (a
     * subquery) would come from the snapshot taken before the wait under READ COMMITTED, and a
     * change that waited for a demotion would write the demoted admin's ADMIN role back. Every
     * writer of an account changes its users row first ({@link #update}, {@link #delete}), so this
     * lock orders them all.
     *
     * <p>{@code FOR NO KEY UPDATE}: it conflicts with every UPDATE and DELETE of the row. Not
     * {@code FOR UPDATE}, which would also block the key-share lock that inserting a row that
     * references the account (a session) takes; not {@code FOR SHARE}, because the holder may go
     * on to update the row, and two share holders that both do would deadlock.
     */
    @Override
    public Optional<User> lockById(UserId id) {
        boolean exists = dsl.select(USERS.ID)
                .from(USERS)
                .where(USERS.ID.eq(id.value()))
                .forNoKeyUpdate()
                .fetchOptional()
                .isPresent();
        return exists ? findById(id) : Optional.empty();
    }

    /** Emails are stored lower-cased (see {@link Email}), so an exact match uses the unique index. */
    @Override
    public Optional<User> findByEmail(Email email) {
        return selectUsers().where(USERS.EMAIL.eq(email.value())).fetchOptional(JooqUserRepository::toUser);
    }

    /** One conditional statement: a hash changed by anyone else meanwhile is left as it is. */
    @Override
    public boolean replacePasswordHash(UserId id, PasswordHash expected, PasswordHash replacement) {
        return dsl.update(USERS)
                        .set(USERS.PASSWORD_HASH, replacement.value())
                        .where(USERS.ID.eq(id.value()))
                        .and(USERS.PASSWORD_HASH.eq(expected.value()))
                        .execute()
                > 0;
    }

    @Override
    public boolean delete(UserId id) {
        // user_roles and sessions go with it: ON DELETE CASCADE.
        return dsl.deleteFrom(USERS).where(USERS.ID.eq(id.value())).execute() > 0;
    }

    @Override
    public ResultPage<User> search(String emailContains, Role role, PageRequest pageRequest) {
        Condition matching = emailMatching(emailContains).and(hasRole(role));
        long totalItems = dsl.fetchCount(USERS, matching);
        List<User> items = selectUsers()
                .where(matching)
                .orderBy(USERS.CREATED_AT.desc(), USERS.ID.asc())
                .limit(pageRequest.size())
                .offset(pageRequest.offset())
                .fetch(JooqUserRepository::toUser);
        return new ResultPage<>(items, pageRequest.page(), pageRequest.size(), totalItems);
    }

    /**
     * A join locking both the users row and its ADMIN user_roles row, not {@code EXISTS}: when a
     * waiter wakes up under READ COMMITTED, PostgreSQL re-checks the WHERE against the newest
     * versions of the rows it locks only; a subquery would still see the waiter's old snapshot and
     * count an admin who was just demoted. Locked in id order so that two lockers cannot deadlock.
     */
    @Override
    public Set<UserId> lockEnabledAdmins() {
        return dsl.select(USERS.ID)
                .from(USERS)
                .join(USER_ROLES)
                .on(USER_ROLES.USER_ID.eq(USERS.ID), USER_ROLES.ROLE.eq(Role.ADMIN.name()))
                .where(USERS.ENABLED)
                .orderBy(USERS.ID)
                .forUpdate()
                .of(USERS, USER_ROLES)
                .fetchSet(row -> new UserId(row.value1()));
    }

    /**
     * Two columns by primary key, without the roles: the standing check reads it for each account in
     * use, every couple of seconds.
     */
    @Override
    public Optional<TokenCutOff> findTokenCutOff(UserId id) {
        return dsl.select(USERS.TOKENS_VALID_AFTER, USERS.ENABLED)
                .from(USERS)
                .where(USERS.ID.eq(id.value()))
                .fetchOptional(row -> new TokenCutOff(fromColumn(row.value1()), row.value2()));
    }

    private void insertRoles(UUID userId, Collection<Role> roles) {
        InsertValuesStep2<UserRolesRecord, UUID, String> insert =
                dsl.insertInto(USER_ROLES, USER_ROLES.USER_ID, USER_ROLES.ROLE);
        for (String role : roleNames(roles)) {
            insert = insert.values(userId, role);
        }
        insert.onConflictDoNothing().execute();
    }

    private SelectJoinStep<Record> selectUsers() {
        return dsl.select(USERS.fields()).select(ROLES).from(USERS);
    }

    private SelectJoinStep<Record> selectViews() {
        return dsl.select(USERS.fields()).select(ROLES, MFA_ENABLED).from(USERS);
    }

    private static Condition emailMatching(String emailContains) {
        if (emailContains == null) {
            return noCondition();
        }
        return USERS.EMAIL.likeIgnoreCase("%" + escapeLikeWildcards(emailContains) + "%", LIKE_ESCAPE);
    }

    /** Searching for "a_b" must not match "axb": the user's text is plain text, not a pattern. */
    static String escapeLikeWildcards(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Condition hasRole(Role role) {
        if (role == null) {
            return noCondition();
        }
        return exists(
                selectOne().from(USER_ROLES).where(USER_ROLES.USER_ID.eq(USERS.ID), USER_ROLES.ROLE.eq(role.name())));
    }

    private static List<String> roleNames(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    /**
     * What an insert and an update both write (all but the id and the creation time), in one
     * place: a record whose changed fields are exactly these columns.
     */
    private static UsersRecord changeableColumns(User user) {
        UsersRecord row = new UsersRecord();
        row.setEmail(user.email().value());
        row.setDisplayName(displayNameOf(user));
        row.setPasswordHash(user.passwordHash().value());
        row.setEnabled(user.enabled());
        row.setEmailVerified(user.emailVerified());
        row.setUpdatedAt(toColumn(user.updatedAt()));
        row.setTokensValidAfter(toColumn(user.tokensValidAfter()));
        return row;
    }

    private static String displayNameOf(User user) {
        return user.displayName().map(DisplayName::value).orElse(null);
    }

    private static RuntimeException emailTakenOr(RuntimeException failure) {
        return UniqueViolation.isOn(EMAIL_UNIQUE_CONSTRAINT, failure) ? new EmailAlreadyTakenException() : failure;
    }

    private static User toUser(Record row) {
        String displayName = row.get(USERS.DISPLAY_NAME);
        return User.restore(
                new UserId(row.get(USERS.ID)),
                new Email(row.get(USERS.EMAIL)),
                displayName == null ? null : new DisplayName(displayName),
                new PasswordHash(row.get(USERS.PASSWORD_HASH)),
                row.get(ROLES),
                row.get(USERS.ENABLED),
                row.get(USERS.EMAIL_VERIFIED),
                fromColumn(row.get(USERS.CREATED_AT)),
                fromColumn(row.get(USERS.UPDATED_AT)),
                fromColumn(row.get(USERS.TOKENS_VALID_AFTER)));
    }
}
