package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: a valid user unless told otherwise; each one gets its own email. */
public final class UserBuilder {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private UserId id = UserId.newId();
    private String email = "user" + SEQUENCE.incrementAndGet() + "@example.com";
    private String displayName;
    private PasswordHash passwordHash = new PasswordHash("$2a$10$abcdefghijklmnopqrstuuFakeHashForTestsOnly012345678");
    private Collection<Role> roles = Set.of();
    private boolean enabled = true;
    private boolean emailVerified;
    private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");

    private UserBuilder() {}

    public static UserBuilder aUser() {
        return new UserBuilder();
    }

    public UserBuilder withId(UserId id) {
        this.id = id;
        return this;
    }

    public UserBuilder withEmail(String email) {
        this.email = email;
        return this;
    }

    public UserBuilder withDisplayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public UserBuilder withPasswordHash(PasswordHash passwordHash) {
        this.passwordHash = passwordHash;
        return this;
    }

    public UserBuilder withRoles(Role... roles) {
        this.roles = Arrays.asList(roles);
        return this;
    }

    public UserBuilder withRoles(Collection<Role> roles) {
        this.roles = roles;
        return this;
    }

    public UserBuilder disabled() {
        this.enabled = false;
        return this;
    }

    public UserBuilder emailVerified() {
        this.emailVerified = true;
        return this;
    }

    public UserBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public User build() {
        return User.restore(
                id,
                new Email(email),
                displayName == null ? null : new DisplayName(displayName),
                passwordHash,
                roles,
                enabled,
                emailVerified,
                createdAt,
                createdAt,
                createdAt.truncatedTo(ChronoUnit.SECONDS));
    }
}
