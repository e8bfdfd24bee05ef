package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.auth.Session;
import java.time.Instant;

/** Where sessions and the hashes of their refresh tokens are kept. */
public interface SessionRepository {

    /** Stores a new session with its first refresh token (only the token's hash). */
    void open(Session session, String refreshTokenHash, Instant refreshTokenExpiresAt);
}
