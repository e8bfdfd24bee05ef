package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import java.util.ArrayList;
import java.util.List;

public class InMemorySecurityEventLog implements SecurityEventLog {
    private final List<SecurityEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(SecurityEvent event) {
        events.add(event);
    }

    public synchronized List<SecurityEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<SecurityEvent> ofType(SecurityEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
