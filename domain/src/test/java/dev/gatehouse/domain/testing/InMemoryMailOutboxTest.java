package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailOutbox;

class InMemoryMailOutboxTest extends MailOutboxContract {
    private final InMemoryMailOutbox outbox = new InMemoryMailOutbox();

    @Override
    protected MailOutbox outbox() {
        return outbox;
    }

    @Override
    protected MailDeliveryQueue queue() {
        return outbox;
    }
}
