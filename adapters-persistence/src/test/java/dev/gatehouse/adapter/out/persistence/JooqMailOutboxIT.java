package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.MailOutboxRecord;
import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.testing.MailOutboxContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared contract on real PostgreSQL, plus the races between senders, the rows as stored (a
 * body erased once it is no longer needed) and the batches of the purge.
 */
@PersistenceIT
class JooqMailOutboxIT extends MailOutboxContract {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final int DUE_MAILS = 40;

    private final MailOutbox outbox;
    private final MailDeliveryQueue queue;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqMailOutboxIT(MailOutbox outbox, MailDeliveryQueue queue, UnitOfWork unitOfWork, DSLContext dsl) {
        this.outbox = outbox;
        this.queue = queue;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected MailOutbox outbox() {
        return outbox;
    }

    @Override
    protected MailDeliveryQueue queue() {
        return queue;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void storesTheMailDueAtOnceWithNoAttemptYet() {
        enqueue(VERIFY, QUEUED);

        MailOutboxRecord row = dsl.fetchSingle(MAIL_OUTBOX);
        assertThat(row.getId()).isNotNull();
        assertThat(row.getRecipient()).isEqualTo("ada@example.com");
        assertThat(row.getTopic()).isEqualTo("VERIFY_EMAIL");
        assertThat(row.getSubject()).isEqualTo(VERIFY.subject());
        assertThat(row.getBody()).isEqualTo(VERIFY.text());
        assertThat(row.getQueuedAt().toInstant()).isEqualTo(QUEUED);
        assertThat(row.getNextAttemptAt().toInstant()).isEqualTo(QUEUED);
        assertThat(row.getAttempts()).isZero();
        assertThat(row.getClaimId()).isNull();
        assertThat(row.getLeaseUntil()).isNull();
    }

    /** A mail enqueued by a change that rolls back is gone with the change. */
    @Test
    void aMailOfARolledBackChangeIsNeverQueued() {
        try {
            unitOfWork.run(() -> {
                outbox.enqueue(VERIFY, QUEUED);
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(queue.countPending()).isZero();
    }

    @Test
    void aClaimPutsItsIdAndLeaseOnTheRow() {
        enqueue(VERIFY, QUEUED);

        ClaimedMail claimed = claimOne(QUEUED);

        MailOutboxRecord row = dsl.fetchSingle(MAIL_OUTBOX);
        assertThat(row.getId()).isEqualTo(claimed.id());
        assertThat(row.getClaimId()).isEqualTo(claimed.claimId());
        assertThat(row.getLeaseUntil().toInstant()).isEqualTo(QUEUED.plus(LEASE));
        assertThat(row.getAttempts()).isEqualTo(1);
    }

    @Test
    void sendingErasesTheSubjectAndBodyAndReleasesTheClaim() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail claimed = claimOne(QUEUED);

        queue.markSent(claimed, QUEUED.plusSeconds(1));

        MailOutboxRecord row = dsl.fetchSingle(MAIL_OUTBOX);
        assertThat(row.getSentAt().toInstant()).isEqualTo(QUEUED.plusSeconds(1));
        assertThat(row.getSubject()).isNull();
        assertThat(row.getBody()).isNull();
        assertThat(row.getClaimId()).isNull();
        assertThat(row.getLeaseUntil()).isNull();
        assertThat(row.getRecipient()).as("kept for the record").isEqualTo("ada@example.com");
        assertThat(row.getAbandonedAt()).isNull();
    }

    @Test
    void givingUpErasesTheSubjectAndBodyAndKeepsTheReason() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail claimed = claimOne(QUEUED);

        queue.abandon(claimed, QUEUED.plusSeconds(1), "550 no such user");

        MailOutboxRecord row = dsl.fetchSingle(MAIL_OUTBOX);
        assertThat(row.getAbandonedAt().toInstant()).isEqualTo(QUEUED.plusSeconds(1));
        assertThat(row.getLastError()).isEqualTo("550 no such user");
        assertThat(row.getSubject()).isNull();
        assertThat(row.getBody()).isNull();
        assertThat(row.getClaimId()).isNull();
        assertThat(row.getLeaseUntil()).isNull();
        assertThat(row.getSentAt()).isNull();
    }

    @Test
    void aRetryKeepsTheBodyReleasesTheClaimAndKeepsAShortReason() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail claimed = claimOne(QUEUED);
        String longError = "421 busy ".repeat(100) + "\u0000";

        queue.retryAt(claimed, QUEUED.plusSeconds(30), longError);

        MailOutboxRecord row = dsl.fetchSingle(MAIL_OUTBOX);
        assertThat(row.getNextAttemptAt().toInstant()).isEqualTo(QUEUED.plusSeconds(30));
        assertThat(row.getLastError()).hasSize(JooqMailOutbox.MAX_ERROR_LENGTH).startsWith("421 busy 421 busy");
        assertThat(row.getBody()).isEqualTo(VERIFY.text());
        assertThat(row.getClaimId()).isNull();
        assertThat(row.getLeaseUntil()).isNull();
        assertThat(row.getAttempts()).isEqualTo(1);
    }

    @Test
    void aStaleClaimChangesNoColumn() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail stale = claimOne(QUEUED);
        ClaimedMail current = claimOne(QUEUED.plus(LEASE));
        MailOutboxRecord before = dsl.fetchSingle(MAIL_OUTBOX);

        queue.markSent(stale, QUEUED.plus(LEASE));
        queue.retryAt(stale, QUEUED, "stale");
        queue.abandon(stale, QUEUED.plus(LEASE), "stale");

        assertThat(dsl.fetchSingle(MAIL_OUTBOX)).isEqualTo(before);
        assertThat(before.getClaimId()).isEqualTo(current.claimId());
        assertThat(before.getAttempts()).isEqualTo(2);
    }

    /**
     * A sender claims while another sender's claim of the oldest mails is not yet committed: it
     * passes over the rows the other holds instead of waiting for them (it could not finish
     * otherwise: the first commits only once the second returned) and takes the rest.
     */
    @Test
    void aClaimPassesOverTheMailAnotherClaimIsTakingWithoutWaiting() throws Exception {
        enqueueDueMails();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        try {
            Future<List<ClaimedMail>> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
                List<ClaimedMail> claimed = queue.claimDue(DUE_MAILS / 2, now(), LEASE);
                firstClaimed.countDown();
                awaitQuietly(secondDone);
                return claimed;
            }));
            assertThat(firstClaimed.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                    .isTrue();

            List<ClaimedMail> second = queue.claimDue(DUE_MAILS, now(), LEASE);
            assertThat(first).as("the first claim, still uncommitted").isNotDone();
            secondDone.countDown();

            assertDisjointAndComplete(first.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), second);
            assertThat(second).hasSize(DUE_MAILS / 2);
        } finally {
            secondDone.countDown();
            threads.shutdownNow();
        }
    }

    /**
     * Senders on several instances claiming at once, round after round (each round starts both
     * claims together): no mail twice, none lost.
     */
    @Test
    void concurrentClaimersGetDisjointMailAndTogetherAllOfIt() throws Exception {
        enqueueDueMails();
        int senders = 2;
        ExecutorService threads = Executors.newFixedThreadPool(senders);
        Phaser rounds = new Phaser(senders);
        try {
            List<Future<List<ClaimedMail>>> claims = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                claims.add(threads.submit(() -> {
                    List<ClaimedMail> mine = new ArrayList<>();
                    List<ClaimedMail> batch;
                    do {
                        rounds.arriveAndAwaitAdvance();
                        batch = queue.claimDue(3, now(), LEASE);
                        mine.addAll(batch);
                    } while (!batch.isEmpty());
                    rounds.arriveAndDeregister();
                    return mine;
                }));
            }
            assertDisjointAndComplete(
                    claims.get(0).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS),
                    claims.get(1).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void purgeDeletesBatchAfterBatch() {
        IntStream.range(0, 5).forEach(i -> enqueue(VERIFY, QUEUED));
        queue.claimDue(5, QUEUED, LEASE).forEach(claimed -> queue.markSent(claimed, QUEUED));
        JooqMailOutbox inBatchesOfTwo = new JooqMailOutbox(dsl, 2);

        assertThat(inBatchesOfTwo.purgeFinished(QUEUED.plusSeconds(1))).isEqualTo(5);
        assertThat(dsl.fetchCount(MAIL_OUTBOX)).isZero();
    }

    private void enqueueDueMails() {
        IntStream.range(0, DUE_MAILS).forEach(i -> enqueue(i % 2 == 0 ? VERIFY : NOTICE, QUEUED.plusMillis(i)));
    }

    private static Instant now() {
        return QUEUED.plusSeconds(60);
    }

    private void assertDisjointAndComplete(List<ClaimedMail> first, List<ClaimedMail> second) {
        Set<UUID> firstIds = ids(first);
        Set<UUID> secondIds = ids(second);
        assertThat(firstIds).hasSize(first.size()).doesNotContainAnyElementsOf(secondIds);
        assertThat(secondIds).hasSize(second.size());
        Set<UUID> all = new HashSet<>(firstIds);
        all.addAll(secondIds);
        assertThat(all).isEqualTo(new HashSet<>(dsl.fetchValues(MAIL_OUTBOX.ID)));
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.ATTEMPTS.ne(1)))
                .as("each claimed once")
                .isZero();
    }

    private static Set<UUID> ids(List<ClaimedMail> claimed) {
        Set<UUID> ids = new HashSet<>();
        claimed.forEach(mail -> ids.add(mail.id()));
        return ids;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
