package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.gatehouse.adapter.out.persistence.testing.TcpProxy;
import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.port.out.UserViewQueries;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL going away and coming back while the application keeps running: the connection pool
 * reaches the database through a {@link TcpProxy}, which the tests cut and restore. Every port of
 * the adapter must then throw {@link StoreUnavailableException} (the REST adapter's 503) within
 * the contract's 5 seconds, and work again once the database is back, with nothing restarted.
 *
 * <p>The pool and driver are configured as recommended for production: a request waits at most
 * 2 s for a connection, a connection attempt at most 2 s, a statement's reply at most 4 s.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@DirtiesContext // its pool points at this class's proxy, which is closed after it
class StoreOutageIT {
    private static final Duration CONTRACT = Duration.ofSeconds(5);
    private static TcpProxy proxy;

    private final UserRepository users;
    private final UserViewQueries userViews;
    private final SessionRepository sessions;
    private final SigningKeyStore signingKeys;
    private final SecurityEventLog securityEvents;
    private final AuditEventQueries auditEvents;
    private final LoginThrottleStore throttles;
    private final MfaEnrolmentStore mfaEnrolments;
    private final MfaChallengeStore mfaChallenges;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;
    private final HikariDataSource pool;

    @DynamicPropertySource
    static void databaseThroughAProxy(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.create();
        proxy = TcpProxy.startFor(database.url());
        registry.add("spring.datasource.url", () -> proxy.jdbcUrlThroughProxy(database.url()));
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
        registry.add("spring.datasource.hikari.data-source-properties.connectTimeout", () -> "2");
        registry.add("spring.datasource.hikari.data-source-properties.socketTimeout", () -> "4");
    }

    @Autowired
    StoreOutageIT(
            UserRepository users,
            UserViewQueries userViews,
            SessionRepository sessions,
            SigningKeyStore signingKeys,
            SecurityEventLog securityEvents,
            AuditEventQueries auditEvents,
            LoginThrottleStore throttles,
            MfaEnrolmentStore mfaEnrolments,
            MfaChallengeStore mfaChallenges,
            UnitOfWork unitOfWork,
            DSLContext dsl,
            DataSource dataSource) {
        this.users = users;
        this.userViews = userViews;
        this.sessions = sessions;
        this.signingKeys = signingKeys;
        this.securityEvents = securityEvents;
        this.auditEvents = auditEvents;
        this.throttles = throttles;
        this.mfaEnrolments = mfaEnrolments;
        this.mfaChallenges = mfaChallenges;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
        this.pool = (HikariDataSource) dataSource;
    }

    @AfterEach
    void bringTheDatabaseBack() {
        proxy.restore();
        awaitRecovery();
    }

    @AfterAll
    static void closeTheProxy() {
        proxy.close();
    }

    /**
     * No connection can be had: the pool's idle connections are gone, and each new one is closed
     * as soon as it is opened. Outside a unit of work jOOQ asks the pool for each statement, and
     * reports the pool's timeout through its execute listeners, so every repository fails alike.
     */
    @Test
    void everyPortFailsFastWithStoreUnavailableWhileNoConnectionCanBeHad() {
        proxy.cut();
        pool.getHikariPoolMXBean().softEvictConnections();

        assertUnavailableWithinTheContract("UserRepository", () -> users.findById(UserId.newId()));
        assertUnavailableWithinTheContract("UserViewQueries", () -> userViews.findView(UserId.newId()));
        assertUnavailableWithinTheContract("SessionRepository", () -> sessions.findById(SessionId.newId()));
        assertUnavailableWithinTheContract("SigningKeyStore", () -> signingKeys.findActive());
        assertUnavailableWithinTheContract("SecurityEventLog", () -> {
            securityEvents.record(
                    new SecurityEvent(SecurityEventType.LOGIN_FAILED, Instant.now(), null, null, null, Map.of()));
            return null;
        });
        assertUnavailableWithinTheContract(
                "AuditEventQueries", () -> auditEvents.search(null, null, new PageRequest(0, 20)));
        assertUnavailableWithinTheContract("LoginThrottleStore", () -> throttles.lock("ada@example.com"));
        assertUnavailableWithinTheContract("MfaEnrolmentStore", () -> mfaEnrolments.acceptStep(UserId.newId(), 1));
        assertUnavailableWithinTheContract(
                "MfaChallengeStore", () -> mfaChallenges.spend("a".repeat(64), Instant.now()));
        assertUnavailableWithinTheContract(
                "UnitOfWork (cannot begin)", () -> unitOfWork.inTransaction(() -> users.findById(UserId.newId())));
    }

    /** The connection breaks in the middle of a unit of work: its next statement fails, and so does the unit. */
    @Test
    void aUnitOfWorkWhoseConnectionBreaksFailsWithStoreUnavailable() {
        long startedAt = System.nanoTime();
        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    users.findById(UserId.newId());
                    proxy.cut();
                    throttles.lock("ada@example.com");
                }))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(CONTRACT);
    }

    /**
     * The connection breaks after the work's last statement, so the commit fails, and so does the
     * rollback that the transaction manager tries after it, on the connection HikariCP has closed
     * meanwhile. Before, that rollback failure escaped as a TransactionSystemException (a 500).
     */
    @Test
    void aUnitOfWorkWhoseConnectionBreaksAtTheCommitFailsWithStoreUnavailable() {
        long startedAt = System.nanoTime();
        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    throttles.lock("grace@example.com");
                    proxy.cut();
                }))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt)).isLessThan(CONTRACT);
    }

    /** A connection that was fine when borrowed dies under a statement run outside a unit of work. */
    @Test
    void aStatementWhoseConnectionBreaksFailsWithStoreUnavailable() {
        users.findById(UserId.newId());
        proxy.cut();

        assertUnavailableWithinTheContract("UserRepository", () -> users.findById(UserId.newId()));
        assertUnavailableWithinTheContract("UserViewQueries", () -> userViews.findView(UserId.newId()));
    }

    /** PostgreSQL ending a session (an administrator, a restart: SQLState 57P01) is an outage too. */
    @Test
    void theServerEndingTheSessionIsAnOutage() {
        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    int pid = dsl.resultQuery("SELECT pg_backend_pid()")
                            .fetchSingle()
                            .get(0, Integer.class);
                    assertThat(terminateFromAnotherConnection(pid))
                            .as("session terminated")
                            .isTrue();
                    users.findById(UserId.newId());
                }))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void everythingWorksAgainOnceTheDatabaseIsBackWithoutARestart() {
        proxy.cut();
        pool.getHikariPoolMXBean().softEvictConnections();
        assertThatThrownBy(() -> users.findById(UserId.newId())).isInstanceOf(StoreUnavailableException.class);

        proxy.restore();

        awaitRecovery();
        var user = UserBuilder.aUser().build();
        unitOfWork.run(() -> users.insert(user));
        assertThat(users.findById(user.id())).contains(user);
        assertThat(unitOfWork
                        .inTransaction(() -> throttles.lock("ada@example.com"))
                        .failures())
                .isZero();
    }

    /** Errors that are not outages keep their own exceptions. */
    @Test
    void aConstraintViolationOrABadStatementIsNotAnOutage() {
        var taken = UserBuilder.aUser().build();
        unitOfWork.run(() -> users.insert(taken));
        var sameEmail = UserBuilder.aUser().withEmail(taken.email().value()).build();

        assertThatThrownBy(() -> unitOfWork.run(() -> users.insert(sameEmail)))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThatThrownBy(() -> users.insert(sameEmail)).isInstanceOf(EmailAlreadyTakenException.class);
        assertThatThrownBy(() -> dsl.execute("SELECT * FROM no_such_table"))
                .isInstanceOf(DataAccessException.class)
                .isNotInstanceOf(StoreUnavailableException.class);
        assertThatThrownBy(() -> unitOfWork.run(() -> dsl.execute("SELECT 1 / 0")))
                .isInstanceOf(DataAccessException.class);
    }

    /**
     * Straight from the pool, so not on the unit of work's connection; waits (up to 5 s) until the
     * session has ended.
     */
    private boolean terminateFromAnotherConnection(int pid) {
        try (Connection connection = pool.getConnection();
                PreparedStatement terminate = connection.prepareStatement("SELECT pg_terminate_backend(?, 5000)")) {
            terminate.setInt(1, pid);
            try (ResultSet result = terminate.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private void awaitRecovery() {
        await().atMost(CONTRACT)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .untilAsserted(() -> assertThat(users.findById(UserId.newId())).isEmpty());
    }

    private static void assertUnavailableWithinTheContract(String port, Supplier<?> call) {
        long startedAt = System.nanoTime();
        assertThatThrownBy(call::get).as(port).isInstanceOf(StoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - startedAt))
                .as(port + " failed within")
                .isLessThan(CONTRACT);
    }
}
