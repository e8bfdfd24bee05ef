package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.out.PasswordHasher;
import dev.gatehouse.domain.user.PasswordHash;

/**
 * A reversible stand-in for bcrypt that counts verifications, for tests that must not wait. Given
 * the unit of work, it also counts calls made while a transaction is open: bcrypt there would hold
 * a database connection for its whole run.
 */
public class PlainTextPasswordHasher implements PasswordHasher {
    private int verifications;
    private int callsInsideUnitOfWork;
    private PassThroughUnitOfWork watched;

    /** Counts, from now on, every call made while {@code unitOfWork} is open. */
    public void watch(PassThroughUnitOfWork unitOfWork) {
        this.watched = unitOfWork;
    }

    @Override
    public PasswordHash hash(Password password) {
        noteCall();
        return new PasswordHash("plain:" + password.value());
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        noteCall();
        verifications++;
        return hash.value().equals("plain:" + password.value());
    }

    /** Every hash this fake makes is current; anything else (a test's "old" hash) is not. */
    @Override
    public boolean needsRehash(PasswordHash hash) {
        return !hash.value().startsWith("plain:");
    }

    public int verifications() {
        return verifications;
    }

    public int callsInsideUnitOfWork() {
        return callsInsideUnitOfWork;
    }

    private void noteCall() {
        if (watched != null && watched.isOpen()) {
            callsInsideUnitOfWork++;
        }
    }
}
