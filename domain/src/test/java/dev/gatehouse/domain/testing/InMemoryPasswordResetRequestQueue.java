package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.PasswordResetRequest;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.user.Email;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The queue in a map, each method one synchronized step. It cannot roll back: a test that makes
 * the work after a {@link #take} fail puts the request back with {@link #putBack}, as PostgreSQL's
 * rollback would.
 */
public class InMemoryPasswordResetRequestQueue implements PasswordResetRequestQueue {
    private static final Comparator<PasswordResetRequest> OLDEST_FIRST =
            Comparator.comparing(PasswordResetRequest::requestedAt);

    private final Map<UUID, PasswordResetRequest> requests = new LinkedHashMap<>();
    private final Map<UUID, Instant> dueAt = new LinkedHashMap<>();
    /** The due time each taken request had, which a rollback would give it back. */
    private final Map<UUID, Instant> dueWhenTaken = new LinkedHashMap<>();

    @Override
    public synchronized void add(Email email, ClientInfo client, Instant now) {
        UUID id = UUID.randomUUID();
        requests.put(id, new PasswordResetRequest(id, email, client, now, 0));
        dueAt.put(id, now);
    }

    @Override
    public synchronized Optional<PasswordResetRequest> take(Instant now) {
        Optional<PasswordResetRequest> next = requests.values().stream()
                .filter(request -> !dueAt.get(request.id()).isAfter(now))
                .min(Comparator.comparing((PasswordResetRequest request) -> dueAt.get(request.id()))
                        .thenComparing(OLDEST_FIRST));
        next.ifPresent(request -> {
            requests.remove(request.id());
            dueWhenTaken.put(request.id(), dueAt.remove(request.id()));
        });
        return next;
    }

    @Override
    public synchronized void postpone(UUID id, Instant due) {
        PasswordResetRequest request = requests.get(id);
        if (request != null) {
            requests.put(
                    id,
                    new PasswordResetRequest(
                            id, request.email(), request.client(), request.requestedAt(), request.attempts() + 1));
            dueAt.put(id, due);
        }
    }

    @Override
    public synchronized void drop(UUID id) {
        requests.remove(id);
        dueAt.remove(id);
    }

    @Override
    public synchronized long count() {
        return requests.size();
    }

    /** What a rolled-back {@link #take} leaves behind: the request waiting again, as it was when taken. */
    public synchronized void putBack(PasswordResetRequest request) {
        requests.put(request.id(), request);
        dueAt.put(request.id(), dueWhenTaken.getOrDefault(request.id(), request.requestedAt()));
    }

    /** The waiting requests, oldest first. */
    public synchronized List<PasswordResetRequest> waiting() {
        List<PasswordResetRequest> all = new ArrayList<>(requests.values());
        all.sort(OLDEST_FIRST);
        return all;
    }

    /** When the request is next due; empty when it is not waiting. */
    public synchronized Optional<Instant> dueAt(UUID id) {
        return Optional.ofNullable(dueAt.get(id));
    }
}
