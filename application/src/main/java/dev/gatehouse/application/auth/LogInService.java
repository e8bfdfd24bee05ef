package dev.gatehouse.application.auth;

import dev.gatehouse.domain.auth.AccessToken;
import dev.gatehouse.domain.auth.InvalidCredentialsException;
import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.auth.RefreshToken;
import dev.gatehouse.domain.auth.Session;
import dev.gatehouse.domain.auth.SessionId;
import dev.gatehouse.domain.auth.TokenLifetimes;
import dev.gatehouse.domain.auth.TokenPair;
import dev.gatehouse.domain.port.in.LogInCommand;
import dev.gatehouse.domain.port.in.LogInUseCase;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks email and password, opens a session and issues its first tokens. Every refusal costs one
 * password verification and throws the same exception, so neither the answer nor its timing tells
 * an unknown email from a wrong password or a disabled account.
 */
public final class LogInService implements LogInUseCase {
    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher passwordHasher;
    private final AccessTokenMinter accessTokens;
    private final UnitOfWork unitOfWork;
    private final TokenLifetimes lifetimes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PasswordHash decoyHash;

    public LogInService(UserRepository users, SessionRepository sessions, PasswordHasher passwordHasher,
                        AccessTokenMinter accessTokens, UnitOfWork unitOfWork, TokenLifetimes lifetimes, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHasher = passwordHasher;
        this.accessTokens = accessTokens;
        this.unitOfWork = unitOfWork;
        this.lifetimes = lifetimes;
        this.clock = clock;
        // Same hasher, same cost as real hashes: verifying against it takes as long as a real check.
        this.decoyHash = passwordHasher.hash(new Password(RefreshToken.generate(random).value()));
    }

    @Override
    public TokenPair logIn(LogInCommand command) {
        Optional<User> found = Email.parse(command.email()).flatMap(users::findByEmail);
        boolean passwordMatches = passwordHasher.matches(command.password(),
                found.map(User::passwordHash).orElse(decoyHash));
        User user = found.filter(u -> passwordMatches && u.enabled()).orElseThrow(InvalidCredentialsException::new);

        Instant now = clock.instant();
        Session session = new Session(SessionId.newId(), user.id(), now, now, now.plus(lifetimes.session()), null,
                command.client());
        RefreshToken refreshToken = RefreshToken.generate(random);
        Instant refreshExpiresAt = min(now.plus(lifetimes.refreshToken()), session.expiresAt());
        // Signed inside the unit of work: a session is stored only if its tokens could be issued.
        AccessToken accessToken = unitOfWork.inTransaction(() -> {
            sessions.open(session, refreshToken.hash(), refreshExpiresAt);
            return accessTokens.mint(user, session.id(), now);
        });
        return new TokenPair(accessToken, lifetimes.accessToken(), refreshToken, Duration.between(now, refreshExpiresAt));
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
