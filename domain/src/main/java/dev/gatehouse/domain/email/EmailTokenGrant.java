package dev.gatehouse.domain.email;

import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * What a mailed token allows, as stored next to its hash.
 *
 * @param email the address the token speaks for: the account's address when a verification or
 *     reset token was issued (a verification token verifies nothing once the address changed), the
 *     new address of an email change
 */
public record EmailTokenGrant(UserId userId, EmailTokenPurpose purpose, Email email, Instant expiresAt) {
    public EmailTokenGrant {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A grant of {@code purpose} issued {@code now}, valid for the purpose's {@linkplain EmailTokenPurpose#validity() validity}. */
    public static EmailTokenGrant issuedAt(UserId userId, EmailTokenPurpose purpose, Email email, Instant now) {
        return new EmailTokenGrant(userId, purpose, email, now.plus(purpose.validity()));
    }
}
