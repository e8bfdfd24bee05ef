package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class StoreOutagesTest {

    static Stream<Throwable> outages() {
        SQLTransientConnectionException poolTimeout = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 2000ms.",
                "08001",
                new PSQLException(
                        "Connection refused",
                        PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused")));
        PSQLException ioError =
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        return Stream.of(
                poolTimeout,
                ioError,
                new SQLNonTransientConnectionException("gone"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("terminating connection because of crash of another server process", "57P02"),
                new SQLException("the database system is starting up", "57P03"),
                new SQLException("connection does not exist", "08003"),
                // HikariCP's answer on a connection it closed under its user after finding it broken.
                new DataAccessException("SQL [insert into audit_events]", new SQLException("Connection is closed")),
                new DataAccessException("Error getting connection from data source", poolTimeout),
                new DataAccessException("SQL [select 1]; An I/O error occurred", ioError),
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", poolTimeout),
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", poolTimeout),
                new DataAccessResourceFailureException("JDBC commit", ioError),
                new TransientDataAccessResourceException("transient"),
                new TransactionSystemException("JDBC rollback failed", ioError),
                new IllegalStateException("wrapped twice", new RuntimeException(ioError)),
                new StoreUnavailableException(ioError));
    }

    @ParameterizedTest
    @MethodSource("outages")
    void recognisesAnOutageWhereverItIsInTheCauseChain(Throwable failure) {
        assertThat(StoreOutages.isOutage(failure)).isTrue();
    }

    static Stream<Throwable> otherFailures() {
        PSQLException uniqueViolation =
                new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION);
        return Stream.of(
                uniqueViolation,
                new DuplicateKeyException("duplicate", uniqueViolation),
                new DataAccessException("SQL [insert]; duplicate key", uniqueViolation),
                new DataIntegrityViolationException("not null", new SQLException("null value", "23502")),
                new BadSqlGrammarException("jOOQ", "SELECT * FROM nope", new SQLException("no table", "42P01")),
                new CannotAcquireLockException("lock timeout", new SQLException("lock", "55P03")),
                new SQLException("division by zero", "22012"),
                new SQLException("no SQLState"),
                new EmailAlreadyTakenException(),
                new IllegalStateException("a bug"));
    }

    @ParameterizedTest
    @MethodSource("otherFailures")
    void leavesEveryOtherFailureAlone(Throwable failure) {
        assertThat(StoreOutages.isOutage(failure)).isFalse();
    }

    @Test
    void translatesAnOutageAndKeepsItAsTheCause() {
        CannotCreateTransactionException outage = new CannotCreateTransactionException("no connection");

        RuntimeException translated = StoreOutages.translate(outage);

        assertThat(translated).isInstanceOf(StoreUnavailableException.class).hasCause(outage);
    }

    @Test
    void passesEverythingElseOnUnchanged() {
        EmailAlreadyTakenException domainError = new EmailAlreadyTakenException();
        StoreUnavailableException alreadyTranslated = new StoreUnavailableException(new SQLException("x", "08006"));

        assertThat(StoreOutages.translate(domainError)).isSameAs(domainError);
        assertThat(StoreOutages.translate(alreadyTranslated)).isSameAs(alreadyTranslated);
    }

    @Test
    void survivesACauseChainWithACycle() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(StoreOutages.isOutage(second)).isFalse();
        assertThat(StoreOutages.isOutage(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08000", "08001", "08004", "08006", "08P01"})
    void anySqlStateOfClass08IsAConnectionFailure(String sqlState) {
        assertThat(StoreOutages.isOutage(new SQLException("connection exception", sqlState)))
                .isTrue();
    }
}
