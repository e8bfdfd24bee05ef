package dev.gatehouse.domain.port.out;

import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The tokens mailed in links, by the hash of their text only, shared by every instance. A token is
 * usable while it is not spent, not superseded and not expired. Callers run the writing methods
 * inside a {@link UnitOfWork}.
 */
public interface EmailTokenStore {

    /**
     * Stores a new token and supersedes every usable token of the same account and purpose: only
     * the newest link of a kind works.
     */
    void issue(String tokenHash, EmailTokenGrant grant, Instant now);

    /**
     * When the account was last issued a token of this purpose, spent or not; empty when never (or
     * purged). The mail limit (one per 60 s) reads it under the account's row lock, so that two
     * requests at once cannot both find no recent token.
     */
    Optional<Instant> lastIssuedAt(UserId userId, EmailTokenPurpose purpose);

    /** The usable token of this purpose with this hash, without spending it. */
    Optional<EmailTokenGrant> findUsable(String tokenHash, EmailTokenPurpose purpose, Instant now);

    /**
     * Spends the token, only a usable one of this purpose, in one conditional statement: of two
     * spends at once, exactly one gets it.
     *
     * @return what the token allowed, when this call spent it; empty otherwise
     */
    Optional<EmailTokenGrant> spend(String tokenHash, EmailTokenPurpose purpose, Instant now);

    /**
     * Deletes tokens that expired before {@code before}, spent or not. Safe to run from several
     * instances at once.
     *
     * @return how many were deleted
     */
    int purgeExpired(Instant before);
}
