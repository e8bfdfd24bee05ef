package dev.gatehouse.bootstrap.e2e;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions of this test's database that PostgreSQL shows waiting on a lock: how a race test knows
 * that its racer really waits for the transaction it holds, instead of hoping a sleep was long enough.
 */
final class LockWaiters {
    private static final String SESSIONS_WAITING_ON_A_LOCK = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'""";

    private final JdbcTemplate jdbc;

    LockWaiters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True once at least {@code sessions} sessions wait on a lock; false if none of the polls within {@code patience} saw that many. */
    boolean awaitAtLeast(int sessions, Duration patience) {
        try {
            Awaitility.await()
                    .atMost(patience)
                    .pollInterval(Duration.ofMillis(20))
                    .pollInSameThread()
                    .until(
                            () -> jdbc.queryForObject(SESSIONS_WAITING_ON_A_LOCK, Long.class),
                            waiting -> waiting != null && waiting >= sessions);
            return true;
        } catch (ConditionTimeoutException notThatMany) {
            return false;
        }
    }
}
