package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.PasswordHasher;

class PlainTextPasswordHasherTest extends PasswordHasherContract {
    private final PlainTextPasswordHasher hasher = new PlainTextPasswordHasher();

    @Override
    protected PasswordHasher hasher() {
        return hasher;
    }
}
