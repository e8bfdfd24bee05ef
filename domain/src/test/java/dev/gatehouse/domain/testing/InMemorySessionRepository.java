package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.session.LockedRefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.StoredRefreshToken;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link SessionRepository} in maps; held to the same contract as the real one. It reads the
 * accounts' store because the database's sessions go with their account (ON DELETE CASCADE),
 * which these maps do not: a token of a deleted account must not lead to it.
 */
public class InMemorySessionRepository implements SessionRepository {
    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final Map<String, StoredRefreshToken> tokens = new LinkedHashMap<>();
    private final UserRepository accounts;

    public InMemorySessionRepository(UserRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized void open(Session session, String refreshTokenHash, Instant refreshTokenExpiresAt) {
        sessions.put(session.id(), session);
        tokens.put(
                refreshTokenHash,
                new StoredRefreshToken(
                        refreshTokenHash, session.id(), session.createdAt(), refreshTokenExpiresAt, null));
    }

    @Override
    public synchronized Optional<LockedRefreshToken> lockRefreshToken(String refreshTokenHash) {
        return Optional.ofNullable(tokens.get(refreshTokenHash))
                .map(token -> new LockedRefreshToken(token, sessions.get(token.sessionId())));
    }

    @Override
    public synchronized Optional<UserId> lockAccountOfRefreshToken(String refreshTokenHash) {
        return Optional.ofNullable(tokens.get(refreshTokenHash))
                .map(token -> sessions.get(token.sessionId()))
                .map(Session::userId)
                .filter(account -> accounts.findById(account).isPresent());
    }

    @Override
    public synchronized Optional<Session> findById(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized void rotate(
            String spentTokenHash, String newTokenHash, Instant newTokenExpiresAt, Instant now) {
        StoredRefreshToken spent = tokens.get(spentTokenHash);
        tokens.put(
                spentTokenHash,
                new StoredRefreshToken(spent.hash(), spent.sessionId(), spent.issuedAt(), spent.expiresAt(), now));
        tokens.put(newTokenHash, new StoredRefreshToken(newTokenHash, spent.sessionId(), now, newTokenExpiresAt, null));
        Session session = sessions.get(spent.sessionId());
        sessions.put(
                session.id(),
                new Session(
                        session.id(),
                        session.userId(),
                        session.createdAt(),
                        now,
                        session.expiresAt(),
                        session.revokedAt(),
                        session.client(),
                        session.authentication()));
    }

    @Override
    public synchronized void revoke(SessionId id, Instant now) {
        Session session = sessions.get(id);
        if (session != null && session.revokedAt() == null) {
            sessions.put(
                    id,
                    new Session(
                            session.id(),
                            session.userId(),
                            session.createdAt(),
                            session.lastUsedAt(),
                            session.expiresAt(),
                            now,
                            session.client(),
                            session.authentication()));
        }
    }

    @Override
    public synchronized int revokeAllOf(UserId userId, Instant now) {
        List<Session> live = findLive(userId, now);
        live.forEach(session -> revoke(session.id(), now));
        return live.size();
    }

    @Override
    public synchronized List<Session> findLive(UserId userId, Instant now) {
        return sessions.values().stream()
                .filter(s -> s.userId().equals(userId) && s.liveAt(now))
                .sorted(Comparator.comparing(Session::createdAt).reversed().thenComparing(s -> s.id().value()))
                .toList();
    }

    @Override
    public synchronized int purgeEnded(Instant now, Instant revokedBefore) {
        List<SessionId> ended = sessions.values().stream()
                .filter(s -> !s.expiresAt().isAfter(now)
                        || (s.revokedAt() != null && s.revokedAt().isBefore(revokedBefore)))
                .map(Session::id)
                .toList();
        ended.forEach(sessions::remove);
        tokens.values()
                .removeIf(t -> ended.contains(t.sessionId()) || t.expiresAt().isBefore(now));
        return ended.size();
    }

    /** Test helper: the session a refresh token (by its hash) belongs to. */
    public synchronized Session sessionOfRefreshTokenHash(String hash) {
        StoredRefreshToken token = tokens.get(hash);
        return token == null ? null : sessions.get(token.sessionId());
    }

    public synchronized List<Session> sessions() {
        return List.copyOf(sessions.values());
    }

    /** Test helper: every stored token hash, to prove no raw token is kept. */
    public synchronized List<String> storedTokenHashes() {
        return List.copyOf(tokens.keySet());
    }
}
