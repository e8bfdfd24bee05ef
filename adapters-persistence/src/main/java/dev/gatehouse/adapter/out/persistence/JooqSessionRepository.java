package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.REFRESH_TOKENS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SESSIONS;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.Session;
import dev.gatehouse.domain.port.out.SessionRepository;
import java.time.Instant;
import org.jooq.DSLContext;

/** Sessions and their refresh-token hashes; callers run {@link #open} inside a unit of work. */
final class JooqSessionRepository implements SessionRepository {
    private final DSLContext dsl;

    JooqSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
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
                .execute();
        // The first refresh token is issued by the login that opens the session.
        dsl.insertInto(REFRESH_TOKENS)
                .set(REFRESH_TOKENS.TOKEN_HASH, refreshTokenHash)
                .set(REFRESH_TOKENS.SESSION_ID, session.id().value())
                .set(REFRESH_TOKENS.ISSUED_AT, toColumn(session.createdAt()))
                .set(REFRESH_TOKENS.EXPIRES_AT, toColumn(refreshTokenExpiresAt))
                .execute();
    }
}
