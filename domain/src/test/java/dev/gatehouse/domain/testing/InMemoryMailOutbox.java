package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.mail.ClaimedMail;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox in a map, both sides of it ({@link MailOutbox} for use cases, {@link MailDeliveryQueue}
 * for senders), each method one synchronized step; held to the same contract. Tests read what the
 * use cases queued with {@link #queued()} and {@link #queuedTo}.
 */
public class InMemoryMailOutbox implements MailOutbox, MailDeliveryQueue {
    private final Map<UUID, Entry> entries = new LinkedHashMap<>();

    /** One outbox row; {@code mail} is empty once delivered or given up (the body is erased). */
    private record Entry(
            UUID id,
            Optional<Mail> mail,
            Mail original,
            Instant queuedAt,
            Instant nextAttemptAt,
            int attempts,
            UUID claimId,
            Instant leaseUntil,
            Instant sentAt,
            Instant abandonedAt,
            String lastError) {
        boolean pending() {
            return sentAt == null && abandonedAt == null;
        }

        boolean due(Instant now) {
            return pending() && !nextAttemptAt.isAfter(now) && (leaseUntil == null || !leaseUntil.isAfter(now));
        }

        boolean heldBy(ClaimedMail claim) {
            return pending() && claim.claimId().equals(claimId);
        }
    }

    @Override
    public synchronized void enqueue(Mail mail, Instant now) {
        UUID id = UUID.randomUUID();
        entries.put(id, new Entry(id, Optional.of(mail), mail, now, now, 0, null, null, null, null, null));
    }

    @Override
    public synchronized List<ClaimedMail> claimDue(int max, Instant now, Duration lease) {
        UUID claimId = UUID.randomUUID();
        List<Entry> due = entries.values().stream()
                .filter(entry -> entry.due(now))
                .sorted(Comparator.comparing(Entry::nextAttemptAt).thenComparing(Entry::queuedAt))
                .limit(max)
                .toList();
        List<ClaimedMail> claimed = new ArrayList<>();
        for (Entry entry : due) {
            Entry held = new Entry(
                    entry.id(),
                    entry.mail(),
                    entry.original(),
                    entry.queuedAt(),
                    entry.nextAttemptAt(),
                    entry.attempts() + 1,
                    claimId,
                    now.plus(lease),
                    null,
                    null,
                    entry.lastError());
            entries.put(entry.id(), held);
            claimed.add(
                    new ClaimedMail(held.id(), claimId, held.mail().orElseThrow(), held.attempts(), held.queuedAt()));
        }
        return claimed;
    }

    @Override
    public synchronized boolean markSent(ClaimedMail mail, Instant now) {
        return finish(mail, now, null, null);
    }

    @Override
    public synchronized void retryAt(ClaimedMail mail, Instant nextAttemptAt, String error) {
        Entry entry = entries.get(mail.id());
        if (entry != null && entry.heldBy(mail)) {
            entries.put(
                    entry.id(),
                    new Entry(
                            entry.id(),
                            entry.mail(),
                            entry.original(),
                            entry.queuedAt(),
                            nextAttemptAt,
                            entry.attempts(),
                            null,
                            null,
                            null,
                            null,
                            error));
        }
    }

    @Override
    public synchronized void abandon(ClaimedMail mail, Instant now, String error) {
        finish(mail, null, now, error);
    }

    private boolean finish(ClaimedMail mail, Instant sentAt, Instant abandonedAt, String error) {
        Entry entry = entries.get(mail.id());
        if (entry == null || !entry.heldBy(mail)) {
            return false;
        }
        entries.put(
                entry.id(),
                new Entry(
                        entry.id(),
                        Optional.empty(),
                        entry.original(),
                        entry.queuedAt(),
                        entry.nextAttemptAt(),
                        entry.attempts(),
                        null,
                        null,
                        sentAt,
                        abandonedAt,
                        error == null ? entry.lastError() : error));
        return true;
    }

    @Override
    public synchronized long countPending() {
        return entries.values().stream().filter(Entry::pending).count();
    }

    @Override
    public synchronized int purgeFinished(Instant before) {
        int before0 = entries.size();
        entries.values().removeIf(entry -> !entry.pending() && entry.queuedAt().isBefore(before));
        return before0 - entries.size();
    }

    /** Every mail queued so far, in order, delivered or not (as it was queued, body included). */
    public synchronized List<Mail> queued() {
        return entries.values().stream().map(Entry::original).toList();
    }

    /** The mail queued so far to {@code address}, in order. */
    public synchronized List<Mail> queuedTo(String address) {
        return queued().stream()
                .filter(mail -> mail.to().value().equals(address))
                .toList();
    }

    /** Whether the entry of {@code mail} still holds its body (false once delivered or given up). */
    public synchronized boolean holdsBodyOf(ClaimedMail mail) {
        Entry entry = entries.get(mail.id());
        return entry != null && entry.mail().isPresent();
    }

    /** How many mails were delivered. */
    public synchronized long countSent() {
        return entries.values().stream().filter(entry -> entry.sentAt() != null).count();
    }

    /** How many mails were given up. */
    public synchronized long countAbandoned() {
        return entries.values().stream()
                .filter(entry -> entry.abandonedAt() != null)
                .count();
    }
}
