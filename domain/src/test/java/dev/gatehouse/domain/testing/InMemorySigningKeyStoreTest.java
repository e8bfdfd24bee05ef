package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.SigningKeyStore;

class InMemorySigningKeyStoreTest extends RotatingSigningKeyStoreContract {
    private final InMemorySigningKeyStore store = new InMemorySigningKeyStore();

    @Override
    protected SigningKeyStore store() {
        return store;
    }
}
