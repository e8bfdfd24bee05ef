package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link MfaChallengeStore} in maps, each method one synchronized step; held to the same
 * contract. {@link #lockUsable} only reads: the fake has no transactions to hold a lock in.
 */
public class InMemoryMfaChallengeStore implements MfaChallengeStore {
    private final Map<String, MfaChallenge> challenges = new HashMap<>();
    private final Set<String> spent = new HashSet<>();

    @Override
    public synchronized void create(String tokenHash, UserId userId, Instant expiresAt, Instant now) {
        if (challenges.containsKey(tokenHash)) {
            throw new IllegalStateException("An mfa challenge with that token hash exists already");
        }
        challenges.put(tokenHash, new MfaChallenge(tokenHash, userId, now, expiresAt, 0));
    }

    @Override
    public synchronized Optional<MfaChallenge> lockUsable(String tokenHash, Instant now) {
        return Optional.ofNullable(challenges.get(tokenHash)).filter(challenge -> usable(challenge, now));
    }

    @Override
    public synchronized int countFailure(String tokenHash) {
        MfaChallenge challenge = challenges.get(tokenHash);
        if (challenge == null) {
            return 0;
        }
        int failures = challenge.failures() + 1;
        challenges.put(
                tokenHash,
                new MfaChallenge(
                        tokenHash, challenge.userId(), challenge.createdAt(), challenge.expiresAt(), failures));
        return failures;
    }

    @Override
    public synchronized boolean spend(String tokenHash, Instant now) {
        return lockUsable(tokenHash, now).isPresent() && spent.add(tokenHash);
    }

    @Override
    public synchronized int purgeExpired(Instant before) {
        Set<String> expired = new HashSet<>();
        challenges.forEach((hash, challenge) -> {
            if (challenge.expiresAt().isBefore(before)) {
                expired.add(hash);
            }
        });
        challenges.keySet().removeAll(expired);
        spent.removeAll(expired);
        return expired.size();
    }

    private boolean usable(MfaChallenge challenge, Instant now) {
        return !spent.contains(challenge.tokenHash())
                && challenge.expiresAt().isAfter(now)
                && challenge.failures() < MfaChallenge.MAX_FAILURES;
    }
}
