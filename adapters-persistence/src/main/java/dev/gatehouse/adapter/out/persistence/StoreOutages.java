package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.common.StoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells "PostgreSQL cannot be reached" apart from every other failure, so that the adapter can
 * report it as {@link StoreUnavailableException} (the REST adapter answers 503) while constraint
 * violations and bugs keep their own exceptions.
 *
 * <p>An outage is recognised anywhere in the cause chain, because it arrives wrapped in different
 * ways depending on where it struck: HikariCP's {@link SQLTransientConnectionException} when no
 * connection could be had within its connection timeout; the driver's exception with an SQLState
 * of class 08 (connection exception) when a connection broke or could not be opened; 57P01 to
 * 57P03 when the server shuts down or is still starting; HikariCP's bare "Connection is closed"
 * for a connection it has already found broken; Spring's translations of those
 * ({@link DataAccessResourceFailureException}, including CannotGetJdbcConnectionException, and
 * {@link TransientDataAccessResourceException}); {@link CannotCreateTransactionException} when a
 * transaction could not begin; jOOQ's DataAccessException around any of them.
 *
 * <p>Public for what reads the database outside this adapter's repositories (Spring Boot's Flyway
 * endpoint), so that an outage there is reported the same way.
 */
public final class StoreOutages {
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /**
     * What HikariCP throws, with no SQLState, for a statement on a connection it has closed under its
     * user because an earlier statement found it broken (seen: an audit insert of a login while
     * connections were being killed, a 500 before).
     */
    private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    private static final Set<String> SERVER_UNAVAILABLE_STATES = Set.of(
            "57P01", // admin_shutdown: the server (or an administrator) ended this connection
            "57P02", // crash_shutdown
            "57P03"); // cannot_connect_now: the server is starting up or shutting down

    private StoreOutages() {}

    static boolean isOutage(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof StoreUnavailableException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sqlFailure && isOutage(sqlFailure)) {
                return true;
            }
        }
        return false;
    }

    /** The failure itself, or a {@link StoreUnavailableException} caused by it when it is an outage. */
    public static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreUnavailableException || !isOutage(failure)) {
            return failure;
        }
        return new StoreUnavailableException(failure);
    }

    private static boolean isOutage(SQLException failure) {
        String sqlState = failure.getSQLState();
        return isOutageState(sqlState) || sqlState == null && POOL_CLOSED_CONNECTION.equals(failure.getMessage());
    }

    private static boolean isOutageState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_UNAVAILABLE_STATES.contains(sqlState));
    }
}
