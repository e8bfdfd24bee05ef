package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring transaction per unit of work. jOOQ takes its connections through
 * {@link TransactionBoundConnectionProvider}, so every repository call made inside
 * {@code work} runs on this transaction's connection. A RuntimeException rolls back and
 * propagates unchanged; a nested unit of work joins the outer one (PROPAGATION_REQUIRED).
 *
 * <p>Two exceptions to "unchanged", both about PostgreSQL going away:
 * <ul>
 *   <li>When it cannot be reached — no connection to begin the transaction with, or the connection
 *       broke during the work or its commit — the unit of work throws
 *       {@link StoreUnavailableException}. jOOQ statements are translated already by
 *       {@link StoreOutageListener}; beginning and committing happen in Spring's transaction
 *       manager, outside jOOQ, and are translated here.</li>
 *   <li>When the work failed and the rollback fails too (its connection is broken, so PostgreSQL
 *       ends the transaction anyway), TransactionTemplate throws the rollback's failure — for a
 *       connection HikariCP has marked broken, a bare "Connection is closed". The work's own
 *       failure is what the caller needs, so that one is thrown, with the rollback's attached as
 *       suppressed.</li>
 *   <li>When the work succeeded but the connection broke at its commit, the transaction manager
 *       tries a rollback on the broken connection, and that failure (a
 *       {@link TransactionSystemException} with no work failure behind it, caused by HikariCP's
 *       "Connection is closed", which carries no SQLState) is all it throws. Whether PostgreSQL
 *       committed is unknown to us, as after any connection lost at a commit: it is an outage
 *       (503, the client retries), not a bug (found by a login flood across a PostgreSQL restart,
 *       which answered 500 before).</li>
 * </ul>
 *
 * <p>Before it begins, a unit of work takes one of the {@link TransactionSlots}, so that
 * transactions never hold every connection of the pool (a unit of work nested in another takes
 * none). One that gets no slot in time is a {@link StoreUnavailableException} too.
 */
final class TransactionTemplateUnitOfWork implements UnitOfWork {
    private final TransactionTemplate transactions;
    private final TransactionSlots slots;

    TransactionTemplateUnitOfWork(PlatformTransactionManager transactionManager, TransactionSlots slots) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.slots = slots;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return slots.run(() -> execute(work));
    }

    private <T> T execute(Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (RuntimeException failure) {
            throw StoreOutages.translate(workFailureBehind(failure));
        }
    }

    private static RuntimeException workFailureBehind(RuntimeException failure) {
        if (!(failure instanceof TransactionSystemException endFailed)) {
            return failure;
        }
        if (endFailed.getApplicationException() instanceof RuntimeException workFailure) {
            workFailure.addSuppressed(endFailed);
            return workFailure;
        }
        return new StoreUnavailableException(endFailed);
    }
}
