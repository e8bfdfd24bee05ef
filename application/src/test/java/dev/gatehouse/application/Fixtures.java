package dev.gatehouse.application;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.auth.CommonPasswords;
import dev.gatehouse.domain.auth.PasswordPolicy;
import dev.gatehouse.domain.testing.CountingAuthenticationMetrics;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemoryLoginThrottleStore;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.InMemorySessionRepository;
import dev.gatehouse.domain.testing.InMemoryUserRepository;
import dev.gatehouse.domain.testing.PassThroughUnitOfWork;
import dev.gatehouse.domain.testing.PlainTextPasswordHasher;
import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.util.Set;

/** The in-memory world the application services are tested in. */
public class Fixtures {
    public final FixedClock clock = new FixedClock(Instant.parse("2026-11-27T10:00:00Z"));
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemorySecurityEventLog securityEvents = new InMemorySecurityEventLog();
    public final InMemoryLoginThrottleStore throttles = new InMemoryLoginThrottleStore(clock);
    public final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();
    public final PassThroughUnitOfWork unitOfWork = new PassThroughUnitOfWork();
    public final CountingAuthenticationMetrics metrics = new CountingAuthenticationMetrics();
    public final PasswordPolicy passwordPolicy = new PasswordPolicy(CommonPasswords.of(Set.of("password123")));
    public final AccountOpener accountOpener = new AccountOpener(users, hasher, passwordPolicy, clock);

    /** An account stored as the services would open it, outside any unit of work. */
    public User openAccount(Email email, Password password, DisplayName displayName, Set<Role> roles) {
        return accountOpener.open(email, accountOpener.hashAllowedPassword(email, password), displayName, roles);
    }
}
