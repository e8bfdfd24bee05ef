package dev.gatehouse.domain.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail of the outbox that one sender holds under a lease: no other sender delivers it until the
 * lease ends. The claim is what the sender reports back with, so that a sender whose lease ran out
 * (and whose mail another sender claimed meanwhile) cannot record an outcome for it.
 *
 * @param id       the outbox entry
 * @param claimId  this claim of it
 * @param attempts delivery attempts so far, this one included
 * @param queuedAt when the change that caused the mail was made
 */
public record ClaimedMail(UUID id, UUID claimId, Mail mail, int attempts, Instant queuedAt) {
    public ClaimedMail {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
