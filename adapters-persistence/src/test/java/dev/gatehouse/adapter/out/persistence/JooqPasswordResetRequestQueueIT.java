package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.PASSWORD_RESET_REQUESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.PasswordResetRequestsRecord;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.testing.PasswordResetRequestQueueContract;
import dev.gatehouse.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared contract on real PostgreSQL, plus the rows as stored, that a take's removal commits or
 * rolls back with the worker's transaction, and that workers taking at once pass over each other's
 * requests instead of waiting for them.
 */
@PersistenceIT
class JooqPasswordResetRequestQueueIT extends PasswordResetRequestQueueContract {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final PasswordResetRequestQueue queue;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqPasswordResetRequestQueueIT(PasswordResetRequestQueue queue, UnitOfWork unitOfWork, DSLContext dsl) {
        this.queue = queue;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Test
    void storesTheRequestDueAtOnceWithNoAttemptYet() {
        add(ADA, CLIENT, REQUESTED);

        PasswordResetRequestsRecord row = dsl.fetchSingle(PASSWORD_RESET_REQUESTS);
        assertThat(row.getId()).isNotNull();
        assertThat(row.getEmail()).isEqualTo("ada@example.com");
        assertThat(row.getIp()).isEqualTo(CLIENT.ip());
        assertThat(row.getUserAgent()).isEqualTo(CLIENT.userAgent());
        assertThat(row.getRequestedAt().toInstant()).isEqualTo(REQUESTED);
        assertThat(row.getDueAt().toInstant()).isEqualTo(REQUESTED);
        assertThat(row.getAttempts()).isZero();
    }

    /** The columns are as wide as {@link ClientInfo} cuts its parts: its longest parts are stored whole. */
    @Test
    void theLongestClientDetailsFitTheirColumns() {
        ClientInfo longest =
                new ClientInfo("1".repeat(ClientInfo.MAX_IP + 10), "u".repeat(ClientInfo.MAX_USER_AGENT + 10));

        add(ADA, longest, REQUESTED);

        ClientInfo taken = take(REQUESTED).orElseThrow().client();
        assertThat(taken.ip()).hasSize(ClientInfo.MAX_IP);
        assertThat(taken.userAgent()).hasSize(ClientInfo.MAX_USER_AGENT);
        assertThat(taken).isEqualTo(longest);
    }

    @Test
    void aTakeThatRollsBackLeavesTheRequestDue() {
        add(ADA, CLIENT, REQUESTED);
        UUID id = idOf(ADA);
        List<PasswordResetRequest> takenBeforeTheFailure = new ArrayList<>();

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    takenBeforeTheFailure.add(queue.take(REQUESTED).orElseThrow());
                    throw new IllegalStateException("answering failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(takenBeforeTheFailure).extracting(PasswordResetRequest::id).containsExactly(id);
        assertThat(queue.count()).isOne();
        assertThat(dsl.fetchSingle(PASSWORD_RESET_REQUESTS).getAttempts())
                .as("a rollback counts no attempt")
                .isZero();
        assertThat(take(REQUESTED)).contains(new PasswordResetRequest(id, ADA, CLIENT, REQUESTED, 0));
    }

    @Test
    void aTakeThatCommitsRemovesTheRequestForGood() {
        add(ADA, CLIENT, REQUESTED);

        Optional<PasswordResetRequest> taken = unitOfWork.inTransaction(() -> {
            Optional<PasswordResetRequest> request = queue.take(REQUESTED);
            assertThat(queue.count()).as("inside the taking transaction").isZero();
            assertThat(countFromAnotherTransaction())
                    .as("before the commit, for the others")
                    .isOne();
            return request;
        });

        assertThat(taken).isPresent();
        assertThat(queue.count()).isZero();
        assertThat(dsl.fetchCount(PASSWORD_RESET_REQUESTS)).isZero();
    }

    /**
     * A worker takes while another worker's take of the oldest request is not yet committed: it
     * passes over that request instead of waiting for it (it could not finish otherwise: the first
     * commits only once the second returned; its lock_timeout makes a wait fail fast) and takes the
     * next one.
     */
    @Test
    void aTakePassesOverTheRequestAnotherTakeHoldsWithoutWaiting() throws Exception {
        add(ADA, CLIENT, REQUESTED);
        add(GRACE, CLIENT, REQUESTED.plusSeconds(1));
        Instant now = REQUESTED.plusSeconds(2);

        TwoTakes takes = takeWhileAnotherTakeIsOpen(now);

        assertThat(takes.first())
                .map(PasswordResetRequest::email)
                .as("the first take")
                .contains(ADA);
        assertThat(takes.second())
                .map(PasswordResetRequest::email)
                .as("the second take")
                .contains(GRACE);
        assertThat(takes.first().orElseThrow().id())
                .isNotEqualTo(takes.second().orElseThrow().id());
        assertThat(queue.count()).as("both takes committed").isZero();
    }

    /** The only due request is being taken: another take finds nothing, at once, rather than waiting. */
    @Test
    void aTakeFindsNothingWhileTheOnlyRequestIsBeingTaken() throws Exception {
        add(ADA, CLIENT, REQUESTED);

        TwoTakes takes = takeWhileAnotherTakeIsOpen(REQUESTED);

        assertThat(takes.first()).map(PasswordResetRequest::email).contains(ADA);
        assertThat(takes.second()).isEmpty();
        assertThat(queue.count()).isZero();
    }

    /**
     * Workers on several instances taking at once, each request in a transaction of its own: every
     * request is taken exactly once.
     */
    @Test
    void concurrentWorkersTakeEveryRequestExactlyOnce() throws Exception {
        int requests = 40;
        IntStream.range(0, requests)
                .forEach(i -> add(new Email("user" + i + "@example.com"), CLIENT, REQUESTED.plusMillis(i)));
        Instant now = REQUESTED.plusSeconds(60);
        int workers = 4;
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<UUID>>> taken = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                taken.add(threads.submit(() -> {
                    start.await();
                    List<UUID> mine = new ArrayList<>();
                    Optional<PasswordResetRequest> request;
                    while ((request = take(now)).isPresent()) {
                        mine.add(request.get().id());
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> worker : taken) {
                all.addAll(worker.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
            }

            assertThat(all).hasSize(requests).doesNotHaveDuplicates();
            assertThat(queue.count()).isZero();
        } finally {
            threads.shutdownNow();
        }
    }

    private record TwoTakes(Optional<PasswordResetRequest> first, Optional<PasswordResetRequest> second) {}

    /**
     * The first take runs in a transaction that stays open until the second take, in a transaction
     * of its own, has returned; then the first commits. The second take must not wait for the
     * first one's lock: with a lock_timeout it would fail instead, and it must be done while the
     * first transaction is still open.
     */
    private TwoTakes takeWhileAnotherTakeIsOpen(Instant now) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstTaken = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        try {
            Future<Optional<PasswordResetRequest>> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
                Optional<PasswordResetRequest> taken = queue.take(now);
                firstTaken.countDown();
                awaitQuietly(secondDone);
                return taken;
            }));
            assertThat(firstTaken.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                    .as("the first take")
                    .isTrue();

            Future<Optional<PasswordResetRequest>> second = threads.submit(() -> unitOfWork.inTransaction(() -> {
                dsl.execute("SET LOCAL lock_timeout = '2s'");
                return queue.take(now);
            }));
            Optional<PasswordResetRequest> secondTaken = second.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(first).as("the first take, still uncommitted").isNotDone();
            secondDone.countDown();

            return new TwoTakes(first.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), secondTaken);
        } finally {
            secondDone.countDown();
            threads.shutdownNow();
        }
    }

    @Override
    protected PasswordResetRequestQueue queue() {
        return queue;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Override
    protected UUID idOf(Email email) {
        return dsl.select(PASSWORD_RESET_REQUESTS.ID)
                .from(PASSWORD_RESET_REQUESTS)
                .where(PASSWORD_RESET_REQUESTS.EMAIL.eq(email.value()))
                .fetchSingle(PASSWORD_RESET_REQUESTS.ID);
    }

    /** A count on a connection of its own, outside the transaction this thread may be in. */
    private long countFromAnotherTransaction() {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(queue::count).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception failed) {
            throw new AssertionError("counting from another transaction failed", failed);
        } finally {
            thread.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
