package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.common.StoreUnavailableException;
import java.util.Arrays;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Replaces the exception of any jOOQ statement that failed because PostgreSQL cannot be reached
 * with a {@link StoreUnavailableException}, so that every repository of this adapter reports an
 * outage the same way without a try/catch in each method. jOOQ calls it for failures to get a
 * connection too (outside a transaction jOOQ takes one from the pool per statement), not only for
 * failed statements. Stateless, so one instance serves every statement.
 *
 * <p>jOOQ calls the {@code exception} listeners in the order they are registered; this one must
 * come after Boot's exception translator, which would otherwise replace the replacement with its
 * Spring DataAccessException: see {@link #appendedTo}.
 */
final class StoreOutageListener implements ExecuteListener {

    /** The given providers (Boot's, with its exception translator) followed by this listener's. */
    static ExecuteListenerProvider[] appendedTo(ExecuteListenerProvider[] providers) {
        ExecuteListenerProvider[] withThis = Arrays.copyOf(providers, providers.length + 1);
        withThis[providers.length] = new DefaultExecuteListenerProvider(new StoreOutageListener());
        return withThis;
    }

    @Override
    public void exception(ExecuteContext context) {
        RuntimeException failure = context.exception();
        if (failure == null || failure instanceof StoreUnavailableException) {
            return;
        }
        if (StoreOutages.isOutage(failure) || StoreOutages.isOutage(context.sqlException())) {
            context.exception(new StoreUnavailableException(failure));
        }
    }
}
