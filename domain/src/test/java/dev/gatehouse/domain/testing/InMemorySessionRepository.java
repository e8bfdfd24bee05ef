package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.auth.Session;
import dev.gatehouse.domain.port.out.SessionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class InMemorySessionRepository implements SessionRepository {
    private final List<Session> sessions = new ArrayList<>();
    private final Map<String, Session> byRefreshTokenHash = new HashMap<>();

    @Override
    public synchronized void open(Session session, String refreshTokenHash, Instant refreshTokenExpiresAt) {
        sessions.add(session);
        byRefreshTokenHash.put(refreshTokenHash, session);
    }

    public synchronized List<Session> sessions() {
        return List.copyOf(sessions);
    }

    public synchronized Session sessionOfRefreshTokenHash(String hash) {
        return byRefreshTokenHash.get(hash);
    }
}
