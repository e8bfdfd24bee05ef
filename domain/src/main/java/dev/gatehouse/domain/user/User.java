package dev.gatehouse.domain.user;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An account. Immutable: every change returns a new User with {@code updatedAt} moved on.
 * Every account holds the USER role, whatever else it is given.
 */
public final class User {
    private final UserId id;
    private final Email email;
    private final DisplayName displayName;
    private final PasswordHash passwordHash;
    private final Set<Role> roles;
    private final boolean enabled;
    private final Instant createdAt;
    private final Instant updatedAt;

    private User(UserId id, Email email, DisplayName displayName, PasswordHash passwordHash,
                 Collection<Role> roles, boolean enabled, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = displayName;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = withUserRole(roles);
        this.enabled = enabled;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, enabled account. */
    public static User create(UserId id, Email email, DisplayName displayName, PasswordHash passwordHash,
                              Collection<Role> roles, Instant now) {
        return new User(id, email, displayName, passwordHash, roles, true, now, now);
    }

    /** An account as it was stored. */
    public static User restore(UserId id, Email email, DisplayName displayName, PasswordHash passwordHash,
                               Collection<Role> roles, boolean enabled, Instant createdAt, Instant updatedAt) {
        return new User(id, email, displayName, passwordHash, roles, enabled, createdAt, updatedAt);
    }

    private static Set<Role> withUserRole(Collection<Role> roles) {
        EnumSet<Role> all = EnumSet.of(Role.USER);
        all.addAll(Objects.requireNonNull(roles, "roles"));
        return Set.copyOf(all);
    }

    public User withDisplayName(DisplayName newDisplayName, Instant now) {
        return new User(id, email, newDisplayName, passwordHash, roles, enabled, createdAt, now);
    }

    public User withPasswordHash(PasswordHash newHash, Instant now) {
        return new User(id, email, displayName, newHash, roles, enabled, createdAt, now);
    }

    public User withRoles(Collection<Role> newRoles, Instant now) {
        return new User(id, email, displayName, passwordHash, newRoles, enabled, createdAt, now);
    }

    public User withEnabled(boolean newEnabled, Instant now) {
        return new User(id, email, displayName, passwordHash, roles, newEnabled, createdAt, now);
    }

    /** Whether this account counts towards the "at least one enabled ADMIN" rule. */
    public boolean isEnabledAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public Optional<DisplayName> displayName() {
        return Optional.ofNullable(displayName);
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    /** Always contains {@link Role#USER}. */
    public Set<Role> roles() {
        return roles;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that && id.equals(that.id) && email.equals(that.email)
                && Objects.equals(displayName, that.displayName) && passwordHash.equals(that.passwordHash)
                && roles.equals(that.roles) && enabled == that.enabled
                && createdAt.equals(that.createdAt) && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
