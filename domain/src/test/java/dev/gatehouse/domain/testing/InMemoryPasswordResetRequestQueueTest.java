package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.user.Email;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shared contract, and what the fake adds for tests that emulate a rollback. */
class InMemoryPasswordResetRequestQueueTest extends PasswordResetRequestQueueContract {
    private final InMemoryPasswordResetRequestQueue queue = new InMemoryPasswordResetRequestQueue();

    @Override
    protected PasswordResetRequestQueue queue() {
        return queue;
    }

    @Override
    protected UUID idOf(Email email) {
        return queue.waiting().stream()
                .filter(request -> request.email().equals(email))
                .map(PasswordResetRequest::id)
                .reduce((one, another) -> {
                    throw new IllegalStateException("more than one request for " + email.value());
                })
                .orElseThrow();
    }

    @Test
    void aRequestPutBackAfterARolledBackTakeIsDueAsItWasWhenTaken() {
        add(ADA, CLIENT, REQUESTED);
        queue.postpone(idOf(ADA), REQUESTED.plusSeconds(30));
        PasswordResetRequest taken = take(REQUESTED.plusSeconds(30)).orElseThrow();

        queue.putBack(taken);

        assertThat(queue.dueAt(taken.id())).contains(REQUESTED.plusSeconds(30));
        assertThat(queue.waiting()).containsExactly(taken);
    }
}
