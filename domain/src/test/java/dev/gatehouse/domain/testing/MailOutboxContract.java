package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailOutbox;
import dev.gatehouse.domain.user.Email;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every outbox must do, both sides of it ({@link MailOutbox} and {@link MailDeliveryQueue}),
 * one sender at a time; run against the in-memory fake and the real adapter (whose tests add the
 * races between senders). Each test starts from an empty outbox. Times have microsecond precision
 * (PostgreSQL's).
 */
public abstract class MailOutboxContract {
    protected static final Instant QUEUED = Instant.parse("2026-03-01T10:00:00.123456Z");
    protected static final Duration LEASE = Duration.ofMinutes(2);
    protected static final Mail VERIFY = new Mail(
            new Email("ada@example.com"),
            MailTopic.VERIFY_EMAIL,
            "Verify your address",
            "Open https://gatehouse.example/verify?token=live-token to verify.");
    protected static final Mail NOTICE = new Mail(
            new Email("bob@example.com"),
            MailTopic.PASSWORD_CHANGED_NOTICE,
            "Your password was changed",
            "If this was not you, reset your password.");
    private static final Duration MICROSECOND = Duration.ofNanos(1000);

    protected abstract MailOutbox outbox();

    protected abstract MailDeliveryQueue queue();

    /** Runs {@code work} in a transaction, as use cases enqueue; the fakes just run it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    protected final void enqueue(Mail mail, Instant now) {
        inTransaction(() -> {
            outbox().enqueue(mail, now);
            return null;
        });
    }

    /** Claims exactly one due mail at {@code now}. */
    protected final ClaimedMail claimOne(Instant now) {
        List<ClaimedMail> claimed = queue().claimDue(10, now, LEASE);
        assertThat(claimed).hasSize(1);
        return claimed.getFirst();
    }

    @Test
    void aQueuedMailIsClaimedAsItWasQueuedWithItsFirstAttemptCounted() {
        enqueue(VERIFY, QUEUED);

        ClaimedMail claimed = claimOne(QUEUED);

        assertThat(claimed.mail()).isEqualTo(VERIFY);
        assertThat(claimed.mail().text()).isEqualTo(VERIFY.text());
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.queuedAt()).isEqualTo(QUEUED);
        assertThat(queue().countPending()).isEqualTo(1);
    }

    @Test
    void aMailIsNotDueBeforeItWasQueued() {
        enqueue(VERIFY, QUEUED);

        assertThat(queue().claimDue(10, QUEUED.minus(MICROSECOND), LEASE)).isEmpty();
    }

    @Test
    void claimsAtMostMaxMailsOldestFirst() {
        enqueue(NOTICE, QUEUED.plusSeconds(2));
        enqueue(VERIFY, QUEUED);
        Mail third = new Mail(new Email("cy@example.com"), MailTopic.MFA_RESET_NOTICE, "MFA reset", "Reset.");
        enqueue(third, QUEUED.plusSeconds(1));
        Instant now = QUEUED.plusSeconds(5);

        List<ClaimedMail> first = queue().claimDue(2, now, LEASE);
        List<ClaimedMail> rest = queue().claimDue(2, now, LEASE);

        assertThat(first).extracting(ClaimedMail::mail).containsExactly(VERIFY, third);
        assertThat(first)
                .extracting(ClaimedMail::claimId)
                .doesNotContainNull()
                .containsOnly(first.getFirst().claimId());
        assertThat(rest).extracting(ClaimedMail::mail).containsExactly(NOTICE);
        assertThat(queue().claimDue(2, now, LEASE)).as("all claimed").isEmpty();
    }

    @Test
    void aMailUnderALiveLeaseIsNotClaimedAgainAndAfterTheLeaseItIsWithANewClaim() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail first = claimOne(QUEUED);

        assertThat(queue().claimDue(10, QUEUED.plus(LEASE).minus(MICROSECOND), LEASE))
                .isEmpty();
        ClaimedMail second = claimOne(QUEUED.plus(LEASE));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.claimId()).isNotEqualTo(first.claimId());
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.mail()).isEqualTo(VERIFY);
    }

    @Test
    void aStaleClaimRecordsNothing() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail stale = claimOne(QUEUED);
        Instant later = QUEUED.plus(LEASE);
        ClaimedMail current = claimOne(later);

        assertThat(queue().markSent(stale, later)).isFalse();
        queue().abandon(stale, later, "stale sender gave up");
        queue().retryAt(stale, later, "stale sender retries");

        assertThat(queue().countPending()).as("neither sent nor given up").isEqualTo(1);
        assertThat(queue().claimDue(10, later, LEASE))
                .as("still under the current claim's lease")
                .isEmpty();
        assertThat(queue().markSent(current, later)).isTrue();
    }

    @Test
    void aSentMailIsNoLongerPendingNorClaimedAndIsSentOnce() {
        enqueue(VERIFY, QUEUED);
        enqueue(NOTICE, QUEUED);
        ClaimedMail claimed = queue().claimDue(1, QUEUED, LEASE).getFirst();

        assertThat(queue().markSent(claimed, QUEUED.plusSeconds(1))).isTrue();

        assertThat(queue().countPending()).isEqualTo(1);
        assertThat(queue().markSent(claimed, QUEUED.plusSeconds(2))).isFalse();
        assertThat(queue().claimDue(10, QUEUED.plus(LEASE).plus(LEASE), LEASE))
                .extracting(ClaimedMail::id)
                .doesNotContain(claimed.id())
                .hasSize(1);
    }

    @Test
    void aMailToRetryIsDueAgainOnlyAtItsNextAttempt() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail first = claimOne(QUEUED);
        Instant nextAttempt = QUEUED.plusSeconds(30);

        queue().retryAt(first, nextAttempt, "421 try again later");

        assertThat(queue().claimDue(10, nextAttempt.minus(MICROSECOND), LEASE)).isEmpty();
        ClaimedMail second = claimOne(nextAttempt);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.mail()).isEqualTo(VERIFY);
        assertThat(queue().markSent(first, nextAttempt))
                .as("the released claim")
                .isFalse();
        assertThat(queue().countPending()).isEqualTo(1);
    }

    @Test
    void anAbandonedMailIsNoLongerPendingNorClaimed() {
        enqueue(VERIFY, QUEUED);
        ClaimedMail claimed = claimOne(QUEUED);

        queue().abandon(claimed, QUEUED.plusSeconds(1), "550 no such user");

        assertThat(queue().countPending()).isZero();
        assertThat(queue().claimDue(10, QUEUED.plus(LEASE).plus(LEASE), LEASE)).isEmpty();
        assertThat(queue().markSent(claimed, QUEUED.plusSeconds(2))).isFalse();
    }

    @Test
    void countsTheMailStillToDeliverClaimedOrNot() {
        assertThat(queue().countPending()).isZero();
        enqueue(VERIFY, QUEUED);
        enqueue(NOTICE, QUEUED);
        enqueue(VERIFY, QUEUED);
        List<ClaimedMail> claimed = queue().claimDue(3, QUEUED, LEASE);

        queue().markSent(claimed.get(0), QUEUED);
        queue().retryAt(claimed.get(1), QUEUED.plusSeconds(60), "timeout");

        assertThat(queue().countPending()).isEqualTo(2);
        queue().abandon(claimed.get(2), QUEUED, "refused");
        assertThat(queue().countPending()).isEqualTo(1);
    }

    @Test
    void purgesFinishedMailQueuedBeforeTheCutOffAndKeepsPendingMail() {
        enqueue(VERIFY, QUEUED);
        enqueue(NOTICE, QUEUED.plusSeconds(1));
        enqueue(VERIFY, QUEUED.plusSeconds(2));
        enqueue(NOTICE, QUEUED.plusSeconds(3));
        List<ClaimedMail> claimed = queue().claimDue(4, QUEUED.plusSeconds(3), LEASE);
        queue().markSent(claimed.get(0), QUEUED.plusSeconds(3));
        queue().abandon(claimed.get(1), QUEUED.plusSeconds(3), "refused");
        queue().markSent(claimed.get(2), QUEUED.plusSeconds(3));
        // the fourth stays claimed, and a fifth, old and never claimed, stays queued
        enqueue(VERIFY, QUEUED.minusSeconds(60));

        assertThat(queue().purgeFinished(QUEUED.plusSeconds(2))).isEqualTo(2);

        assertThat(queue().countPending()).isEqualTo(2);
        assertThat(queue().purgeFinished(QUEUED.plusSeconds(2)))
                .as("queued at the cut-off")
                .isZero();
        assertThat(queue().purgeFinished(QUEUED.plus(Duration.ofDays(30)))).isEqualTo(1);
        assertThat(queue().countPending()).isEqualTo(2);
    }
}
