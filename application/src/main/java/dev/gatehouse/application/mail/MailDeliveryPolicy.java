package dev.gatehouse.application.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How an outbox sender works through the outbox: up to {@code batchSize} mails per pass, each held
 * under a lease of {@code lease} while it is handed over; a failed mail is tried again after
 * {@code initialBackoff}, doubling with each further failure up to {@code maxBackoff}, and given up
 * once it has waited {@code giveUpAfter} since it was queued.
 */
public record MailDeliveryPolicy(
        int batchSize, Duration lease, Duration initialBackoff, Duration maxBackoff, Duration giveUpAfter) {
    public MailDeliveryPolicy {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the mail delivery batch size must be at least 1, is " + batchSize);
        }
        requirePositive(lease, "lease");
        requirePositive(initialBackoff, "initial backoff");
        requirePositive(maxBackoff, "max backoff");
        requirePositive(giveUpAfter, "give-up time");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("the mail delivery max backoff (" + maxBackoff
                    + ") must not be shorter than the initial backoff (" + initialBackoff + ")");
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the mail delivery " + name + " must be positive, is " + duration);
        }
    }

    /**
     * How long to wait before the next attempt after {@code attempts} failed ones: the initial
     * backoff, doubled for each failure after the first, at most the max backoff.
     */
    public Duration backoffAfter(int attempts) {
        Duration backoff = initialBackoff;
        for (int failure = 2; failure <= attempts && backoff.compareTo(maxBackoff) < 0; failure++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) < 0 ? backoff : maxBackoff;
    }

    /** Whether a mail queued at {@code queuedAt} has failed for long enough to be given up at {@code now}. */
    public boolean givesUp(Instant queuedAt, Instant now) {
        return !now.isBefore(queuedAt.plus(giveUpAfter));
    }
}
