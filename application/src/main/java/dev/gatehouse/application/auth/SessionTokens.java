package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.session.RefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.TokenLifetimes;
import dev.gatehouse.domain.token.TokenPair;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * Opens a session and issues its first token pair, or rotates a session's refresh token and issues
 * the next pair: what login and refresh (and later the second step of an MFA login) have in
 * common. Runs inside the caller's unit of work; the access token is signed there too, so a
 * session or rotation is stored only if its tokens could be issued.
 */
public final class SessionTokens {
    private final SessionRepository sessions;
    private final AccessTokenMinter accessTokens;
    private final TokenLifetimes lifetimes;
    private final SecureRandom random = new SecureRandom();

    /** A new session and the tokens that belong to it. */
    public record Opened(Session session, TokenPair tokens) {}

    public SessionTokens(SessionRepository sessions, AccessTokenMinter accessTokens, TokenLifetimes lifetimes) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.lifetimes = lifetimes;
    }

    /**
     * Opens a session of {@code user} at {@code now}, signed in as {@code authentication} says, with
     * its first refresh token and an access token.
     */
    public Opened open(User user, ClientInfo client, Authentication authentication, Instant now) {
        Session session = new Session(
                SessionId.newId(), user.id(), now, now, now.plus(lifetimes.session()), null, client, authentication);
        RefreshToken refreshToken = RefreshToken.generate(random);
        Instant refreshExpiresAt = session.refreshTokenExpiry(now, lifetimes.refreshToken());
        sessions.open(session, refreshToken.hash(), refreshExpiresAt);
        return new Opened(session, pair(user, session, refreshToken, refreshExpiresAt, now));
    }

    /**
     * Spends the refresh token with {@code presentedHash} (locked by the caller and found unspent)
     * and issues its successor in the same session, with a new access token for {@code user}. The
     * session's authentication is kept: a refresh proves nothing new about the user.
     */
    public TokenPair rotate(Session session, String presentedHash, User user, Instant now) {
        RefreshToken successor = RefreshToken.generate(random);
        Instant successorExpiresAt = session.refreshTokenExpiry(now, lifetimes.refreshToken());
        sessions.rotate(presentedHash, successor.hash(), successorExpiresAt, now);
        return pair(user, session, successor, successorExpiresAt, now);
    }

    private TokenPair pair(
            User user, Session session, RefreshToken refreshToken, Instant refreshExpiresAt, Instant now) {
        AccessToken accessToken = accessTokens.mint(user, session, now);
        return new TokenPair(
                accessToken, lifetimes.accessToken(), refreshToken, Duration.between(now, refreshExpiresAt));
    }
}
