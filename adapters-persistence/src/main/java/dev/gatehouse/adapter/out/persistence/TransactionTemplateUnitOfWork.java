package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring transaction per unit of work. Boot's jOOQ auto-configuration hands jOOQ its
 * connections through a TransactionAwareDataSourceProxy, so every repository call made inside
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
 * </ul>
 */
final class TransactionTemplateUnitOfWork implements UnitOfWork {
    private final TransactionTemplate transactions;

    TransactionTemplateUnitOfWork(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (RuntimeException failure) {
            throw StoreOutages.translate(workFailureBehind(failure));
        }
    }

    private static RuntimeException workFailureBehind(RuntimeException failure) {
        if (failure instanceof TransactionSystemException rollbackFailed
                && rollbackFailed.getApplicationException() instanceof RuntimeException workFailure) {
            workFailure.addSuppressed(rollbackFailed);
            return workFailure;
        }
        return failure;
    }
}
