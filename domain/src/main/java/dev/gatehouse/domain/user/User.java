package dev.gatehouse.domain.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private final boolean emailVerified;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant tokensValidAfter;

    private User(
            UserId id,
            Email email,
            DisplayName displayName,
            PasswordHash passwordHash,
            Collection<Role> roles,
            boolean enabled,
            boolean emailVerified,
            Instant createdAt,
            Instant updatedAt,
            Instant tokensValidAfter) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = displayName;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = withUserRole(roles);
        this.enabled = enabled;
        this.emailVerified = emailVerified;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.tokensValidAfter = Objects.requireNonNull(tokensValidAfter, "tokensValidAfter");
    }

    /** A new, enabled account whose email nobody has proven yet. */
    public static User create(
            UserId id,
            Email email,
            DisplayName displayName,
            PasswordHash passwordHash,
            Collection<Role> roles,
            Instant now) {
        return new User(
                id,
                email,
                displayName,
                passwordHash,
                roles,
                true,
                false,
                now,
                now,
                now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** An account as it was stored. */
    public static User restore(
            UserId id,
            Email email,
            DisplayName displayName,
            PasswordHash passwordHash,
            Collection<Role> roles,
            boolean enabled,
            boolean emailVerified,
            Instant createdAt,
            Instant updatedAt,
            Instant tokensValidAfter) {
        return new User(
                id,
                email,
                displayName,
                passwordHash,
                roles,
                enabled,
                emailVerified,
                createdAt,
                updatedAt,
                tokensValidAfter);
    }

    private static Set<Role> withUserRole(Collection<Role> roles) {
        EnumSet<Role> all = EnumSet.of(Role.USER);
        all.addAll(Objects.requireNonNull(roles, "roles"));
        return Set.copyOf(all);
    }

    public User withDisplayName(DisplayName newDisplayName, Instant now) {
        return new User(
                id,
                email,
                newDisplayName,
                passwordHash,
                roles,
                enabled,
                emailVerified,
                createdAt,
                now,
                tokensValidAfter);
    }

    /** A new password ends every access token issued before it. */
    public User withPasswordHash(PasswordHash newHash, Instant now) {
        return new User(
                id, email, displayName, newHash, roles, enabled, emailVerified, createdAt, now, cutOffTokensAt(now));
    }

    /** New roles end the access tokens that carry the old ones. */
    public User withRoles(Collection<Role> newRoles, Instant now) {
        User changed = new User(
                id,
                email,
                displayName,
                passwordHash,
                newRoles,
                enabled,
                emailVerified,
                createdAt,
                now,
                tokensValidAfter);
        return changed.roles.equals(roles)
                ? changed
                : new User(
                        id,
                        email,
                        displayName,
                        passwordHash,
                        newRoles,
                        enabled,
                        emailVerified,
                        createdAt,
                        now,
                        cutOffTokensAt(now));
    }

    /** Ends every access token issued before {@code now}, nothing else changing (MFA switched on or off). */
    public User withTokensCutOff(Instant now) {
        return new User(
                id,
                email,
                displayName,
                passwordHash,
                roles,
                enabled,
                emailVerified,
                createdAt,
                now,
                cutOffTokensAt(now));
    }

    /** The account's current address proven by a link mailed to it. */
    public User withEmailVerified(Instant now) {
        return new User(id, email, displayName, passwordHash, roles, enabled, true, createdAt, now, tokensValidAfter);
    }

    /**
     * A new address, proven by the link mailed to it (so verified). Access tokens issued before
     * carry the old address in their {@code email} claim, so they end.
     */
    public User withEmail(Email newEmail, Instant now) {
        return new User(
                id, newEmail, displayName, passwordHash, roles, enabled, true, createdAt, now, cutOffTokensAt(now));
    }

    /** Disabling ends every access token issued before; enabling leaves that cut-off where it was. */
    public User withEnabled(boolean newEnabled, Instant now) {
        Instant cutOff = enabled && !newEnabled ? cutOffTokensAt(now) : tokensValidAfter;
        return new User(id, email, displayName, passwordHash, roles, newEnabled, emailVerified, createdAt, now, cutOff);
    }

    /**
     * Access tokens carry their issue time in whole seconds, so the cut-off is the start of the
     * next whole second: every token issued up to the change, even within its second, is refused.
     * Tokens issued after it take an issue time of at least the cut-off
     * (see {@link #accessTokenIssueTime}).
     *
     * <p>So a second change within the second of the first one cannot keep that cut-off: a token
     * issued between the two is dated at it and would survive the second change (a demotion or an
     * MFA reset right after an enrolment). Such a change moves the cut-off one second past the
     * previous one; the issue times of later tokens follow it, a second ahead of the clock for
     * each such change within one second.
     */
    private Instant cutOffTokensAt(Instant now) {
        if (tokensValidAfter.isAfter(now)) {
            return tokensValidAfter.plusSeconds(1);
        }
        return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    /** What the standing check of every authenticated request compares a token against. */
    public TokenCutOff tokenCutOff() {
        return new TokenCutOff(tokensValidAfter, enabled);
    }

    /** The issue time to write into a new access token: now, but never before the cut-off. */
    public Instant accessTokenIssueTime(Instant now) {
        return now.isBefore(tokensValidAfter) ? tokensValidAfter : now;
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

    /** Whether the current address was proven by a link mailed to it (or vouched for by an admin). */
    public boolean emailVerified() {
        return emailVerified;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Access tokens issued before this instant no longer speak for the account. */
    public Instant tokensValidAfter() {
        return tokensValidAfter;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof User that
                && id.equals(that.id)
                && email.equals(that.email)
                && Objects.equals(displayName, that.displayName)
                && passwordHash.equals(that.passwordHash)
                && roles.equals(that.roles)
                && enabled == that.enabled
                && emailVerified == that.emailVerified
                && createdAt.equals(that.createdAt)
                && updatedAt.equals(that.updatedAt)
                && tokensValidAfter.equals(that.tokensValidAfter);
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
