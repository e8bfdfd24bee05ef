package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public class InMemorySigningKeyStore implements SigningKeyStore {
    private record Entry(SigningKey key, Instant retiredAt) {}

    private final List<Entry> entries = new ArrayList<>();
    private int reads;

    @Override
    public synchronized Optional<SigningKey> findActive() {
        reads++;
        return entries.stream()
                .filter(e -> e.retiredAt() == null)
                .map(Entry::key)
                .findFirst();
    }

    @Override
    public synchronized SigningKey activateIfNoneActive(SigningKey candidate) {
        Optional<SigningKey> active = entries.stream()
                .filter(e -> e.retiredAt() == null)
                .map(Entry::key)
                .findFirst();
        if (active.isPresent()) {
            return active.get();
        }
        entries.add(new Entry(candidate, null));
        return candidate;
    }

    @Override
    public synchronized void rotate(SigningKey newKey, Instant now) {
        entries.replaceAll(e -> e.retiredAt() == null ? new Entry(e.key(), now) : e);
        entries.add(new Entry(newKey, null));
    }

    @Override
    public synchronized List<SigningKey> findVerificationKeys(Instant retiredAfter) {
        reads++;
        return entries.stream()
                .filter(e -> e.retiredAt() == null || e.retiredAt().isAfter(retiredAfter))
                .map(Entry::key)
                .sorted(Comparator.comparing(SigningKey::createdAt).reversed())
                .toList();
    }

    @Override
    public synchronized int deleteRetiredBefore(Instant retiredBefore) {
        int before = entries.size();
        entries.removeIf(e -> e.retiredAt() != null && e.retiredAt().isBefore(retiredBefore));
        return before - entries.size();
    }

    /** Every key held, active or retired, newest first: purge tests look past the verification window. */
    public synchronized List<SigningKey> all() {
        return entries.stream()
                .map(Entry::key)
                .sorted(Comparator.comparing(SigningKey::createdAt).reversed())
                .toList();
    }

    /** How often the store was read: caching tests count on it. */
    public synchronized int reads() {
        return reads;
    }
}
