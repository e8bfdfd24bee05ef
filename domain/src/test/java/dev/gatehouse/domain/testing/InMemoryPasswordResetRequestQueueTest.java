package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.user.Email;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryPasswordResetRequestQueueTest {
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final ClientInfo CLIENT = new ClientInfo("192.0.2.1", "test/1");

    private final InMemoryPasswordResetRequestQueue queue = new InMemoryPasswordResetRequestQueue();

    @Test
    void takesTheOldestDueRequestOnceAndRemovesIt() {
        queue.add(new Email("b@example.com"), CLIENT, T0.plusSeconds(1));
        queue.add(new Email("a@example.com"), CLIENT, T0);

        PasswordResetRequest first = queue.take(T0.plusSeconds(1)).orElseThrow();

        assertThat(first.email()).isEqualTo(new Email("a@example.com"));
        assertThat(first.client()).isEqualTo(CLIENT);
        assertThat(first.requestedAt()).isEqualTo(T0);
        assertThat(first.attempts()).isZero();
        assertThat(queue.take(T0.plusSeconds(1)).orElseThrow().email()).isEqualTo(new Email("b@example.com"));
        assertThat(queue.take(T0.plusSeconds(1))).isEmpty();
        assertThat(queue.count()).isZero();
    }

    @Test
    void aRequestIsNotTakenBeforeItIsDue() {
        queue.add(new Email("a@example.com"), CLIENT, T0);

        assertThat(queue.take(T0.minusMillis(1))).isEmpty();
        assertThat(queue.count()).isOne();
    }

    @Test
    void aPostponedRequestCountsTheAttemptAndWaitsUntilItIsDueAgain() {
        queue.add(new Email("a@example.com"), CLIENT, T0);
        PasswordResetRequest taken = queue.take(T0).orElseThrow();
        queue.putBack(taken);

        queue.postpone(taken.id(), T0.plusSeconds(30));

        assertThat(queue.take(T0.plusSeconds(29))).isEmpty();
        PasswordResetRequest again = queue.take(T0.plusSeconds(30)).orElseThrow();
        assertThat(again.id()).isEqualTo(taken.id());
        assertThat(again.attempts()).isOne();
    }

    @Test
    void aDroppedRequestIsGone() {
        queue.add(new Email("a@example.com"), CLIENT, T0);
        PasswordResetRequest taken = queue.take(T0).orElseThrow();
        queue.putBack(taken);

        queue.drop(taken.id());

        assertThat(queue.count()).isZero();
        assertThat(queue.take(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void aRequestPutBackAfterARolledBackTakeKeepsTheDueTimeItHad() {
        queue.add(new Email("a@example.com"), CLIENT, T0);
        PasswordResetRequest first = queue.take(T0).orElseThrow();
        queue.putBack(first);
        queue.postpone(first.id(), T0.plusSeconds(30));
        PasswordResetRequest second = queue.take(T0.plusSeconds(30)).orElseThrow();

        queue.putBack(second);

        assertThat(queue.dueAt(second.id())).contains(T0.plusSeconds(30));
        assertThat(queue.waiting()).containsExactly(second);
    }
}
