package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.REFRESH_TOKENS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SESSIONS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.USERS;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.RefreshTokensRecord;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.SessionsRecord;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.AuthenticationMethod;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.session.LockedRefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.StoredRefreshToken;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Sessions and their refresh-token hashes; callers run the writing methods inside a unit of work. */
final class JooqSessionRepository implements SessionRepository {
    /**
     * Spends the token, issues its successor and marks the session used in one statement: the
     * refresh is the hottest write, and three round trips became one. All three changes see one
     * snapshot and stand or fall together; the caller's unit of work holds the token's row lock.
     * The casts are there because jOOQ binds a plain-SQL time as text.
     */
    private static final String ROTATE_SQL = """
            WITH spent AS (
                UPDATE refresh_tokens SET spent_at = CAST(? AS timestamptz)
                WHERE token_hash = ? AND spent_at IS NULL
                RETURNING session_id
            ), issued AS (
                INSERT INTO refresh_tokens (token_hash, session_id, issued_at, expires_at)
                SELECT ?, session_id, CAST(? AS timestamptz), CAST(? AS timestamptz) FROM spent
                RETURNING session_id
            )
            UPDATE sessions SET last_used_at = CAST(? AS timestamptz)
            FROM issued WHERE sessions.id = issued.session_id
            RETURNING sessions.id""";

    private final DSLContext dsl;

    /**
     * The locks every refresh and logout takes, rendered once ({@link #lockAccountOfRefreshToken},
     * {@link #lockRefreshToken}), as {@code JooqUserRepository} renders its hottest read: building
     * and rendering a refresh's statements took 6.5 % of its CPU (profile, 2026-12-04). Results
     * are still read through the generated fields ({@code coerce}).
     */
    private final String lockAccountSql;

    private final String lockTokenSql;

    private final Field<?>[] lockedTokenFields;

    JooqSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
        // The scalar subquery finds the account; only its users row is locked (FOR ... OF users is
        // implied: the subquery's tables are not locked). After a wait, PostgreSQL re-checks the
        // newest version of that row, so an account deleted meanwhile yields no row.
        this.lockAccountSql = dsl.render(select(USERS.ID)
                .from(USERS)
                .where(USERS.ID.eq(select(SESSIONS.USER_ID)
                        .from(REFRESH_TOKENS)
                        .join(SESSIONS)
                        .on(SESSIONS.ID.eq(REFRESH_TOKENS.SESSION_ID))
                        .where(REFRESH_TOKENS.TOKEN_HASH.eq(val(null, REFRESH_TOKENS.TOKEN_HASH)))))
                .forNoKeyUpdate());
        var lockToken = select().from(REFRESH_TOKENS)
                .join(SESSIONS)
                .on(SESSIONS.ID.eq(REFRESH_TOKENS.SESSION_ID))
                .where(REFRESH_TOKENS.TOKEN_HASH.eq(val(null, REFRESH_TOKENS.TOKEN_HASH)))
                .forNoKeyUpdate()
                .of(REFRESH_TOKENS, SESSIONS);
        this.lockTokenSql = dsl.render(lockToken);
        this.lockedTokenFields = lockToken.getSelect().toArray(Field<?>[]::new);
    }

    @Override
    public void open(Session session, String refreshTokenHash, Instant refreshTokenExpiresAt) {
        ClientInfo client = session.client() == null ? ClientInfo.unknown() : session.client();
        dsl.insertInto(SESSIONS)
                .set(SESSIONS.ID, session.id().value())
                .set(SESSIONS.USER_ID, session.userId().value())
                .set(SESSIONS.CREATED_AT, toColumn(session.createdAt()))
                .set(SESSIONS.LAST_USED_AT, toColumn(session.lastUsedAt()))
                .set(SESSIONS.EXPIRES_AT, toColumn(session.expiresAt()))
                .set(SESSIONS.REVOKED_AT, toColumn(session.revokedAt()))
                .set(SESSIONS.IP, client.ip())
                .set(SESSIONS.USER_AGENT, client.userAgent())
                .set(SESSIONS.AMR, session.authentication().methodValues().toArray(String[]::new))
                .set(SESSIONS.AUTH_TIME, toColumn(session.authentication().time()))
                .execute();
        // The first refresh token is issued by the login that opens the session.
        dsl.insertInto(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.TOKEN_HASH, refreshTokenHash)
                .set(REFRESH_TOKENS.SESSION_ID, session.id().value())
                .set(REFRESH_TOKENS.ISSUED_AT, toColumn(session.createdAt()))
                .set(REFRESH_TOKENS.EXPIRES_AT, toColumn(refreshTokenExpiresAt))
                .execute();
    }

    /**
     * One {@code SELECT … FOR NO KEY UPDATE OF} both tables: a second transaction presenting the
     * same token, or changing its session (a revocation), waits here until the other one ends, and
     * under READ COMMITTED then reads each locked row as that one left it (the token spent, the
     * session revoked): PostgreSQL re-reads the newest version of every row it locks after a wait.
     * Both rows are written by the callers (the token spent, the session marked used or revoked),
     * so the locks take nothing extra. {@code NO KEY}: neither key changes, and inserting the
     * successor token (a key-share lock on the session, for its foreign key) must not wait for it.
     * The locks last as long as the transaction, so outside a unit of work they protect nothing.
     */
    @Override
    public Optional<LockedRefreshToken> lockRefreshToken(String refreshTokenHash) {
        return dsl.resultQuery(lockTokenSql, refreshTokenHash)
                .coerce(lockedTokenFields)
                .fetchOptional(row -> new LockedRefreshToken(
                        toRefreshToken(row.into(REFRESH_TOKENS)), toSession(row.into(SESSIONS))));
    }

    /** {@code FOR NO KEY UPDATE} of the users row, as {@code JooqUserRepository.lockById} takes it. */
    @Override
    public Optional<UserId> lockAccountOfRefreshToken(String refreshTokenHash) {
        return dsl.resultQuery(lockAccountSql, refreshTokenHash)
                .coerce(USERS.ID)
                .fetchOptional(row -> new UserId(row.value1()));
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return dsl.selectFrom(SESSIONS)
                .where(SESSIONS.ID.eq(id.value()))
                .fetchOptional(JooqSessionRepository::toSession);
    }

    /**
     * Only an unspent token is spent: rotating one that is unknown or already spent is a caller's
     * bug (it must lock and check the token first) and fails rather than give a token two successors.
     */
    @Override
    public void rotate(String spentTokenHash, String newTokenHash, Instant newTokenExpiresAt, Instant now) {
        OffsetDateTime at = toColumn(now);
        OffsetDateTime expiresAt = toColumn(newTokenExpiresAt);
        if (dsl.resultQuery(ROTATE_SQL, at, spentTokenHash, newTokenHash, at, expiresAt, at)
                .fetch()
                .isEmpty()) {
            throw new IllegalStateException(
                    "No unspent refresh token with that hash to rotate: lock and check it first");
        }
    }

    /** Only a session not yet revoked is written: one already revoked keeps its first revocation time. */
    @Override
    public void revoke(SessionId id, Instant now) {
        dsl.update(SESSIONS)
                .set(SESSIONS.REVOKED_AT, toColumn(now))
                .where(SESSIONS.ID.eq(id.value()), SESSIONS.REVOKED_AT.isNull())
                .execute();
    }

    @Override
    public int revokeAllOf(UserId userId, Instant now) {
        return dsl.update(SESSIONS)
                .set(SESSIONS.REVOKED_AT, toColumn(now))
                .where(SESSIONS.USER_ID.eq(userId.value()), liveAt(now))
                .execute();
    }

    @Override
    public List<Session> findLive(UserId userId, Instant now) {
        return dsl.selectFrom(SESSIONS)
                .where(SESSIONS.USER_ID.eq(userId.value()), liveAt(now))
                .orderBy(SESSIONS.CREATED_AT.desc(), SESSIONS.ID.asc())
                .fetch(JooqSessionRepository::toSession);
    }

    /**
     * Each DELETE takes only rows no other transaction holds ({@code FOR UPDATE SKIP LOCKED}), so
     * instances purging at once never wait for each other and each row is deleted, and counted, by
     * one of them. Plain DELETEs could deadlock: one instance's session DELETE cascades into token
     * rows that another's token DELETE holds, while that one waits for token rows the first one's
     * cascade took. A row skipped because a request holds it is purged next time.
     */
    @Override
    public int purgeEnded(Instant now, Instant revokedBefore) {
        OffsetDateTime at = toColumn(now);
        Condition ended = SESSIONS.EXPIRES_AT.le(at).or(SESSIONS.REVOKED_AT.lt(toColumn(revokedBefore)));
        int deleted = dsl.deleteFrom(SESSIONS)
                .where(SESSIONS.ID.in(select(SESSIONS.ID)
                        .from(SESSIONS)
                        .where(ended)
                        .forUpdate()
                        .skipLocked()))
                .execute();
        dsl.deleteFrom(REFRESH_TOKENS)
                .where(REFRESH_TOKENS.TOKEN_HASH.in(select(REFRESH_TOKENS.TOKEN_HASH)
                        .from(REFRESH_TOKENS)
                        .where(REFRESH_TOKENS.EXPIRES_AT.lt(at))
                        .forUpdate()
                        .skipLocked()))
                .execute();
        return deleted;
    }

    private static Condition liveAt(Instant now) {
        return SESSIONS.REVOKED_AT.isNull().and(SESSIONS.EXPIRES_AT.gt(toColumn(now)));
    }

    private static Session toSession(SessionsRecord row) {
        return new Session(
                new SessionId(row.getId()),
                new UserId(row.getUserId()),
                fromColumn(row.getCreatedAt()),
                fromColumn(row.getLastUsedAt()),
                fromColumn(row.getExpiresAt()),
                fromColumn(row.getRevokedAt()),
                new ClientInfo(row.getIp(), row.getUserAgent()),
                new Authentication(methods(row.getAmr()), fromColumn(row.getAuthTime())));
    }

    /** Only this adapter writes the column, so a value it does not know is a fault, not input. */
    private static List<AuthenticationMethod> methods(String[] values) {
        return Arrays.stream(values)
                .map(value -> AuthenticationMethod.fromValue(value)
                        .orElseThrow(() -> new IllegalStateException("Unknown amr value in sessions: " + value)))
                .toList();
    }

    private static StoredRefreshToken toRefreshToken(RefreshTokensRecord row) {
        return new StoredRefreshToken(
                row.getTokenHash(),
                new SessionId(row.getSessionId()),
                fromColumn(row.getIssuedAt()),
                fromColumn(row.getExpiresAt()),
                fromColumn(row.getSpentAt()));
    }
}
