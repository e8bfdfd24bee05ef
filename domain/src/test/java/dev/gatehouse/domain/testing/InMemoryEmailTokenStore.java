package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.email.EmailTokenGrant;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link EmailTokenStore} in a map, each method one synchronized step; held to the same contract. */
public class InMemoryEmailTokenStore implements EmailTokenStore {
    private final Map<String, StoredToken> tokens = new HashMap<>();

    private record StoredToken(EmailTokenGrant grant, Instant createdAt, boolean spent, boolean superseded) {
        boolean usableFor(EmailTokenPurpose purpose, Instant now) {
            return grant.purpose() == purpose
                    && !spent
                    && !superseded
                    && grant.expiresAt().isAfter(now);
        }
    }

    @Override
    public synchronized void issue(String tokenHash, EmailTokenGrant grant, Instant now) {
        if (tokens.containsKey(tokenHash)) {
            throw new IllegalStateException("An email token with that hash exists already");
        }
        tokens.replaceAll((hash, token) -> sameKind(token.grant(), grant) && !token.spent()
                ? new StoredToken(token.grant(), token.createdAt(), false, true)
                : token);
        tokens.put(tokenHash, new StoredToken(grant, now, false, false));
    }

    private static boolean sameKind(EmailTokenGrant one, EmailTokenGrant other) {
        return one.userId().equals(other.userId()) && one.purpose() == other.purpose();
    }

    @Override
    public synchronized Optional<Instant> lastIssuedAt(UserId userId, EmailTokenPurpose purpose) {
        return tokens.values().stream()
                .filter(token ->
                        token.grant().userId().equals(userId) && token.grant().purpose() == purpose)
                .map(StoredToken::createdAt)
                .max(Instant::compareTo);
    }

    @Override
    public synchronized Optional<EmailTokenGrant> findUsable(String tokenHash, EmailTokenPurpose purpose, Instant now) {
        return Optional.ofNullable(tokens.get(tokenHash))
                .filter(token -> token.usableFor(purpose, now))
                .map(StoredToken::grant);
    }

    @Override
    public synchronized Optional<EmailTokenGrant> spend(String tokenHash, EmailTokenPurpose purpose, Instant now) {
        Optional<EmailTokenGrant> usable = findUsable(tokenHash, purpose, now);
        usable.ifPresent(grant -> {
            StoredToken token = tokens.get(tokenHash);
            tokens.put(tokenHash, new StoredToken(grant, token.createdAt(), true, token.superseded()));
        });
        return usable;
    }

    @Override
    public synchronized int purgeExpired(Instant before) {
        List<String> expired = tokens.entrySet().stream()
                .filter(entry -> entry.getValue().grant().expiresAt().isBefore(before))
                .map(Map.Entry::getKey)
                .toList();
        expired.forEach(tokens::remove);
        return expired.size();
    }

    /** Forgets the account's tokens, as the store's foreign key does when an account is deleted. */
    public synchronized void deleteTokensOf(UserId userId) {
        tokens.values().removeIf(token -> token.grant().userId().equals(userId));
    }
}
