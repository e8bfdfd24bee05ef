package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.REFRESH_TOKENS;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SESSIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.RefreshTokensRecord;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.SessionsRecord;
import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.RefreshToken;
import dev.gatehouse.domain.auth.Session;
import dev.gatehouse.domain.auth.SessionId;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JooqSessionRepositoryIT {
    private static final Instant LOGIN = Instant.parse("2026-03-01T12:00:00.654321Z");

    private final SessionRepository sessions;
    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerNew(registry);
    }

    @Autowired
    JooqSessionRepositoryIT(SessionRepository sessions, UserRepository users, UnitOfWork unitOfWork, DSLContext dsl) {
        this.sessions = sessions;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @BeforeEach
    void startFromAnEmptyDatabase() {
        CleanDatabase.truncateAllTables(dsl);
    }

    @Test
    void openingASessionStoresItAndOnlyTheHashOfItsFirstRefreshToken() {
        User user = storedUser();
        RefreshToken token = RefreshToken.generate(new SecureRandom());
        Session session = new Session(SessionId.newId(), user.id(), LOGIN, LOGIN, LOGIN.plus(Duration.ofDays(30)),
                null, new ClientInfo("203.0.113.7", "curl/8.5.0"));
        Instant tokenExpiry = LOGIN.plus(Duration.ofDays(14));

        unitOfWork.run(() -> sessions.open(session, token.hash(), tokenExpiry));

        SessionsRecord stored = dsl.fetchSingle(SESSIONS, SESSIONS.ID.eq(session.id().value()));
        assertThat(stored.getUserId()).isEqualTo(user.id().value());
        assertThat(stored.getCreatedAt().toInstant()).isEqualTo(LOGIN);
        assertThat(stored.getLastUsedAt().toInstant()).isEqualTo(LOGIN);
        assertThat(stored.getExpiresAt().toInstant()).isEqualTo(session.expiresAt());
        assertThat(stored.getRevokedAt()).isNull();
        assertThat(stored.getIp()).isEqualTo("203.0.113.7");
        assertThat(stored.getUserAgent()).isEqualTo("curl/8.5.0");

        RefreshTokensRecord storedToken = dsl.fetchSingle(REFRESH_TOKENS);
        assertThat(storedToken.getTokenHash()).isEqualTo(token.hash()).isNotEqualTo(token.value());
        assertThat(storedToken.getSessionId()).isEqualTo(session.id().value());
        assertThat(storedToken.getIssuedAt().toInstant()).isEqualTo(LOGIN);
        assertThat(storedToken.getExpiresAt().toInstant()).isEqualTo(tokenExpiry);
        assertThat(storedToken.getSpentAt()).isNull();
    }

    @Test
    void storesAnUnknownClientAsNulls() {
        User user = storedUser();
        Session session = new Session(SessionId.newId(), user.id(), LOGIN, LOGIN, LOGIN.plus(Duration.ofDays(30)),
                null, ClientInfo.unknown());

        unitOfWork.run(() -> sessions.open(session, "b".repeat(64), LOGIN.plus(Duration.ofDays(14))));

        SessionsRecord stored = dsl.fetchSingle(SESSIONS);
        assertThat(stored.getIp()).isNull();
        assertThat(stored.getUserAgent()).isNull();
    }

    private User storedUser() {
        User user = UserBuilder.aUser().build();
        unitOfWork.run(() -> users.insert(user));
        return user;
    }
}
