package dev.gatehouse.application.mail;

import dev.gatehouse.domain.port.in.mail.PurgeFinishedMailUseCase;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the outbox's record of mail delivered or given up, once it was queued longer ago than
 * {@code retention}. The record holds no body by then; it is kept a while so that an operator can
 * see what went out and what failed.
 */
public final class PurgeFinishedMailService implements PurgeFinishedMailUseCase {
    private final MailDeliveryQueue queue;
    private final Duration retention;
    private final Clock clock;

    public PurgeFinishedMailService(MailDeliveryQueue queue, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the retention of delivered mail must be positive, is " + retention);
        }
        this.queue = queue;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int purgeFinishedMail() {
        return queue.purgeFinished(clock.instant().minus(retention));
    }
}
