package dev.gatehouse.application.mail;

import dev.gatehouse.domain.port.in.mail.CountPendingMailUseCase;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;

/** The outbox's backlog: mail neither delivered nor given up yet. */
public final class CountPendingMailService implements CountPendingMailUseCase {
    private final MailDeliveryQueue queue;

    public CountPendingMailService(MailDeliveryQueue queue) {
        this.queue = queue;
    }

    @Override
    public long countPendingMail() {
        return queue.countPending();
    }
}
