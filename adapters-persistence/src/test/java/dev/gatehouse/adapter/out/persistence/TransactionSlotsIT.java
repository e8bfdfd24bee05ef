package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Transactions leave {@link ConnectionsKeptForReads} of the pool to reads, on real PostgreSQL with
 * real overlapping transactions: a pool of 3 connections, one kept for reads, so 2 transactions at
 * once. Wired as bootstrap wires it ({@link PersistenceConfiguration} reading HikariCP's size and
 * connection timeout). A context of its own: its pool is smaller than the shared one.
 */
@SpringBootTest(
        classes = {
            PersistenceTestApplication.class,
            SharedTestDatabase.class,
            TransactionSlotsIT.OneConnectionKeptForReads.class
        },
        properties = {
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.datasource.hikari.minimum-idle=3",
            "spring.datasource.hikari.connection-timeout=1000"
        })
@DirtiesContext
@ExtendWith(CleanDatabase.class)
class TransactionSlotsIT {
    private final UnitOfWork unitOfWork;
    private final UserRepository users;
    private final DSLContext dsl;
    private final HikariDataSource pool;
    private final TransactionSlots slots;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @TestConfiguration(proxyBeanMethods = false)
    static class OneConnectionKeptForReads {
        @Bean
        ConnectionsKeptForReads connectionsKeptForReads() {
            return new ConnectionsKeptForReads(1);
        }
    }

    @Autowired
    TransactionSlotsIT(
            UnitOfWork unitOfWork,
            UserRepository users,
            DSLContext dsl,
            DataSource dataSource,
            TransactionSlots slots) {
        this.unitOfWork = unitOfWork;
        this.slots = slots;
        this.users = users;
        this.dsl = dsl;
        this.pool = (HikariDataSource) dataSource;
    }

    @AfterEach
    void releaseAndStopTheThreads() throws InterruptedException {
        release.countDown();
        threads.shutdown();
        assertThat(threads.awaitTermination(15, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aQueueOfTransactionsWaitingForOneRowLockLeavesAConnectionForReads() throws Exception {
        User user = UserBuilder.aUser().build();
        unitOfWork.run(() -> users.insert(user));
        holdTheRowLockOf(user);

        List<Future<Optional<User>>> queued = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            queued.add(threads.submit(() -> unitOfWork.inTransaction(() -> users.lockById(user.id()))));
        }
        // The second slot's transaction waits in PostgreSQL for the row; the other three wait for a slot.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> OverlappingTransactions.sessionsWaitingOnALock(dsl) == 1 && slots.waiting() == 3);
        assertThat(pool.getHikariPoolMXBean().getActiveConnections())
                .as("connections held by transactions")
                .isEqualTo(2);

        // Without the slots the queue would hold all three connections, and this read would time out.
        assertThat(users.findById(user.id())).contains(user);
        assertThat(queued).noneMatch(Future::isDone);

        release.countDown();
        for (Future<Optional<User>> transaction : queued) {
            assertThat(transaction.get(10, TimeUnit.SECONDS)).contains(user);
        }
    }

    @Test
    void aUnitOfWorkNestedInAnotherTakesNoSecondSlot() throws Exception {
        User user = UserBuilder.aUser().build();
        unitOfWork.run(() -> users.insert(user));
        holdTheRowLockOf(user);

        // One slot is free: a nested unit of work asking for a second one would wait for the holder.
        Optional<User> read = unitOfWork.inTransaction(() -> unitOfWork.inTransaction(() -> users.findById(user.id())));

        assertThat(read).contains(user);
    }

    @Test
    void aTransactionThatGetsNoSlotWithinThePoolsTimeoutIsAStoreOutage() throws Exception {
        User user = UserBuilder.aUser().build();
        User other = UserBuilder.aUser().build();
        unitOfWork.run(() -> {
            users.insert(user);
            users.insert(other);
        });
        holdTheRowLockOf(user);
        holdTheRowLockOf(other);

        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> users.findById(user.id())))
                .isInstanceOf(StoreUnavailableException.class)
                .rootCause()
                .hasMessageContaining("No transaction slot came free within 1000 ms");
        assertThat(users.findById(other.id())).as("a read meanwhile").contains(other);

        release.countDown();
        assertThat(unitOfWork.inTransaction(() -> users.findById(user.id()))).contains(user);
    }

    /** A transaction on another thread that locks the account's row and keeps it until released. */
    private void holdTheRowLockOf(User user) throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        threads.submit(() -> unitOfWork.run(() -> {
            users.lockById(user.id());
            locked.countDown();
            awaitRelease();
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).as("the row lock taken").isTrue();
    }

    private void awaitRelease() {
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the row lock");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
