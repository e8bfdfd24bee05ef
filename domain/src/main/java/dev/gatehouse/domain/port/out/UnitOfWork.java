package dev.gatehouse.domain.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case's reads and writes as one transaction: all of them take effect, or none does
 * (an exception rolls back and propagates).
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
