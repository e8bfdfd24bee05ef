package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One Spring transaction per unit of work. Boot's jOOQ auto-configuration hands jOOQ its
 * connections through a TransactionAwareDataSourceProxy, so every repository call made inside
 * {@code work} runs on this transaction's connection. A RuntimeException rolls back and
 * propagates unchanged; a nested unit of work joins the outer one (PROPAGATION_REQUIRED).
 */
final class TransactionTemplateUnitOfWork implements UnitOfWork {
    private final TransactionTemplate transactions;

    TransactionTemplateUnitOfWork(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }
}
