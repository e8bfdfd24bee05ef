package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.UnitOfWork;
import java.util.function.Supplier;

/** Runs the work as it is; counts how many units of work were asked for and knows whether one is open. */
public class PassThroughUnitOfWork implements UnitOfWork {
    private int started;
    private int open;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        open++;
        try {
            return work.get();
        } finally {
            open--;
        }
    }

    public int started() {
        return started;
    }

    /** Whether the caller is inside a unit of work right now (a transaction, in production). */
    public boolean isOpen() {
        return open > 0;
    }
}
