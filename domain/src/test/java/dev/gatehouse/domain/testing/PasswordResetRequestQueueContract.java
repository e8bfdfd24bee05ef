package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every reset-request queue must do, one worker at a time; run against the in-memory fake
 * and the real adapter (whose tests add rollbacks and the races between workers). Each test starts
 * from an empty queue. Times have microsecond precision (PostgreSQL's).
 */
public abstract class PasswordResetRequestQueueContract {
    protected static final Instant REQUESTED = Instant.parse("2026-03-01T12:00:00.123456Z");
    protected static final Email ADA = new Email("ada@example.com");
    protected static final Email GRACE = new Email("grace@example.com");
    protected static final ClientInfo CLIENT = new ClientInfo("203.0.113.7", "Mozilla/5.0 (X11; Linux x86_64)");
    protected static final Duration MICROSECOND = Duration.ofNanos(1000);

    protected abstract PasswordResetRequestQueue queue();

    /** The id of the only request waiting for the address. */
    protected abstract UUID idOf(Email email);

    /** Runs {@code work} in a transaction, as the request and the worker do; the fakes just run it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    protected final void add(Email email, ClientInfo client, Instant now) {
        inTransaction(() -> {
            queue().add(email, client, now);
            return null;
        });
    }

    /** As a worker takes: in a transaction of its own, committed. */
    protected final Optional<PasswordResetRequest> take(Instant now) {
        return inTransaction(() -> queue().take(now));
    }

    private void postpone(UUID id, Instant dueAt) {
        inTransaction(() -> {
            queue().postpone(id, dueAt);
            return null;
        });
    }

    private void drop(UUID id) {
        inTransaction(() -> {
            queue().drop(id);
            return null;
        });
    }

    @Test
    void aTakeReturnsTheRequestAsQueuedAndRemovesIt() {
        add(ADA, CLIENT, REQUESTED);
        UUID id = idOf(ADA);

        Optional<PasswordResetRequest> taken = take(REQUESTED);

        assertThat(taken).contains(new PasswordResetRequest(id, ADA, CLIENT, REQUESTED, 0));
        assertThat(queue().count()).isZero();
        assertThat(take(REQUESTED.plusSeconds(3600))).as("a second take").isEmpty();
    }

    @Test
    void aRequestWithoutClientDetailsComesBackWithout() {
        add(ADA, ClientInfo.unknown(), REQUESTED);

        assertThat(take(REQUESTED).orElseThrow().client()).isEqualTo(new ClientInfo(null, null));
    }

    @Test
    void aRequestIsNotDueBeforeItWasQueued() {
        add(ADA, CLIENT, REQUESTED);

        assertThat(take(REQUESTED.minus(MICROSECOND))).isEmpty();
        assertThat(queue().count()).isOne();
    }

    @Test
    void theLongestWaitingRequestIsTakenFirst() {
        add(GRACE, CLIENT, REQUESTED.plusSeconds(1));
        add(ADA, CLIENT, REQUESTED);
        Instant now = REQUESTED.plusSeconds(2);

        assertThat(take(now)).map(PasswordResetRequest::email).contains(ADA);
        assertThat(take(now)).map(PasswordResetRequest::email).contains(GRACE);
        assertThat(take(now)).isEmpty();
    }

    @Test
    void aPostponedRequestIsDueAgainAtItsNewTimeWithTheAttemptCounted() {
        add(ADA, CLIENT, REQUESTED);
        UUID id = idOf(ADA);
        Instant dueAgain = REQUESTED.plusSeconds(60);

        postpone(id, dueAgain);

        assertThat(take(REQUESTED)).as("at the time it was queued").isEmpty();
        assertThat(take(dueAgain.minus(MICROSECOND)))
                .as("just before its new time")
                .isEmpty();
        assertThat(take(dueAgain)).contains(new PasswordResetRequest(id, ADA, CLIENT, REQUESTED, 1));
    }

    @Test
    void everyPostponementCountsAnAttempt() {
        add(ADA, CLIENT, REQUESTED);
        UUID id = idOf(ADA);

        postpone(id, REQUESTED.plusSeconds(10));
        postpone(id, REQUESTED.plusSeconds(20));

        assertThat(take(REQUESTED.plusSeconds(20)))
                .map(PasswordResetRequest::attempts)
                .contains(2);
    }

    /**
     * The order is by when a request is due, then by how long it has waited: a postponed request
     * waits behind a later one that is due before it, and ahead of one that is due at the same time
     * but was queued after it.
     */
    @Test
    void aPostponedRequestTakesItsTurnByItsNewTime() {
        add(ADA, CLIENT, REQUESTED);
        postpone(idOf(ADA), REQUESTED.plusSeconds(60));
        add(GRACE, CLIENT, REQUESTED.plusSeconds(30));
        Email linus = new Email("linus@example.com");
        add(linus, CLIENT, REQUESTED.plusSeconds(60));
        Instant now = REQUESTED.plusSeconds(90);

        assertThat(take(now)).map(PasswordResetRequest::email).contains(GRACE);
        assertThat(take(now)).map(PasswordResetRequest::email).contains(ADA);
        assertThat(take(now)).map(PasswordResetRequest::email).contains(linus);
    }

    @Test
    void dropRemovesOnlyThatRequest() {
        add(ADA, CLIENT, REQUESTED);
        add(GRACE, CLIENT, REQUESTED);

        drop(idOf(ADA));

        assertThat(queue().count()).isOne();
        assertThat(take(REQUESTED.plusSeconds(60)))
                .map(PasswordResetRequest::email)
                .contains(GRACE);
        assertThat(take(REQUESTED.plusSeconds(60))).isEmpty();
    }

    @Test
    void dropOfAnUnknownRequestChangesNothing() {
        add(ADA, CLIENT, REQUESTED);

        drop(UUID.randomUUID());

        assertThat(queue().count()).isOne();
    }

    /** Every waiting request, due or not, and the same address queued twice counts twice. */
    @Test
    void countCountsEveryWaitingRequest() {
        assertThat(queue().count()).isZero();
        add(ADA, CLIENT, REQUESTED);
        add(ADA, CLIENT, REQUESTED.plusSeconds(1));
        add(GRACE, CLIENT, REQUESTED.plusSeconds(2));
        postpone(idOf(GRACE), REQUESTED.plusSeconds(3600));

        assertThat(queue().count()).isEqualTo(3);

        take(REQUESTED.plusSeconds(60));

        assertThat(queue().count()).isEqualTo(2);
    }
}
