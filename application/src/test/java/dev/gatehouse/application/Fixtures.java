package dev.gatehouse.application;

import dev.gatehouse.application.user.AccountOpener;
import dev.gatehouse.domain.auth.CommonPasswords;
import dev.gatehouse.domain.auth.PasswordPolicy;
import dev.gatehouse.domain.testing.FixedClock;
import dev.gatehouse.domain.testing.InMemoryLoginThrottleStore;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.InMemorySessionRepository;
import dev.gatehouse.domain.testing.InMemoryUserRepository;
import dev.gatehouse.domain.testing.PassThroughUnitOfWork;
import dev.gatehouse.domain.testing.PlainTextPasswordHasher;
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
    public final PasswordPolicy passwordPolicy = new PasswordPolicy(CommonPasswords.of(Set.of("password123")));
    public final AccountOpener accountOpener = new AccountOpener(users, hasher, passwordPolicy, clock);
}
