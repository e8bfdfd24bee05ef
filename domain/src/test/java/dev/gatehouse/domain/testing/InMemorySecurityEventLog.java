package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The audit log in a list: both its write side and its read side. */
public class InMemorySecurityEventLog implements SecurityEventLog, AuditEventQueries {
    /**
     * As the SQL orders them: ties (same instant) by id, highest first as PostgreSQL compares uuids,
     * which is the order of their lower-case text ({@code UUID.compareTo} differs).
     */
    private static final Comparator<AuditEvent> NEWEST_FIRST = Comparator.comparing(
                    (AuditEvent e) -> e.event().occurredAt())
            .thenComparing(e -> e.id().toString())
            .reversed();

    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(SecurityEvent event) {
        events.add(new AuditEvent(UUID.randomUUID(), event));
    }

    @Override
    public synchronized ResultPage<AuditEvent> search(UserId userId, SecurityEventType type, PageRequest pageRequest) {
        List<AuditEvent> matching = events.stream()
                .filter(e -> userId == null || userId.equals(e.event().userId()))
                .filter(e -> type == null || type == e.event().type())
                .sorted(NEWEST_FIRST)
                .toList();
        return new ResultPage<>(
                matching.stream()
                        .skip(pageRequest.offset())
                        .limit(pageRequest.size())
                        .toList(),
                pageRequest.page(),
                pageRequest.size(),
                matching.size());
    }

    @Override
    public synchronized int purgeOccurredBefore(Instant cutoff) {
        int before = events.size();
        events.removeIf(e -> e.event().occurredAt().isBefore(cutoff));
        return before - events.size();
    }

    public synchronized List<SecurityEvent> events() {
        return events.stream().map(AuditEvent::event).toList();
    }

    public synchronized List<SecurityEvent> ofType(SecurityEventType type) {
        return events().stream().filter(e -> e.type() == type).toList();
    }
}
