package dev.gatehouse.domain.testing;

import dev.gatehouse.domain.port.out.UnitOfWork;
import java.util.function.Supplier;

/** Runs the work as it is; counts how many units of work were asked for. */
public class PassThroughUnitOfWork implements UnitOfWork {
    private int started;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        return work.get();
    }

    public int started() {
        return started;
    }
}
