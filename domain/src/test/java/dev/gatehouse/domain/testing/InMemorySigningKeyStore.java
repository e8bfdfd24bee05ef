package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.auth.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public class InMemorySigningKeyStore implements SigningKeyStore {
    private final List<SigningKey> keys = new ArrayList<>();
    private SigningKey active;

    @Override
    public synchronized Optional<SigningKey> findActive() {
        return Optional.ofNullable(active);
    }

    @Override
    public synchronized SigningKey activateIfNoneActive(SigningKey candidate) {
        if (active == null) {
            active = candidate;
            keys.add(candidate);
        }
        return active;
    }

    @Override
    public synchronized List<SigningKey> findVerificationKeys() {
        return keys.stream().sorted(Comparator.comparing(SigningKey::createdAt).reversed()).toList();
    }
}
