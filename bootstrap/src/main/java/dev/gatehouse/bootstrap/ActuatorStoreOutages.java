package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.persistence.StoreOutages;
import dev.gatehouse.domain.common.StoreUnavailableException;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.OperationType;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvoker;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvokerAdvisor;
import org.springframework.boot.actuate.endpoint.invoke.OperationParameters;

/**
 * An actuator endpoint that reads the database itself (Flyway's migration history) reports an
 * outage as {@link StoreUnavailableException}, which the REST adapter answers with 503 and
 * {@code Retry-After} like every other request that needs the database; left alone, Flyway's own
 * exception was a 500. What counts as an outage is the persistence adapter's {@link StoreOutages}
 * (Flyway fails with HikariCP's bare "Connection is closed" once the pool has found its connection
 * broken). Other failures pass through unchanged.
 */
final class ActuatorStoreOutages implements OperationInvokerAdvisor {

    @Override
    public OperationInvoker apply(
            EndpointId endpointId,
            OperationType operationType,
            OperationParameters parameters,
            OperationInvoker invoker) {
        return context -> {
            try {
                return invoker.invoke(context);
            } catch (RuntimeException failure) {
                throw StoreOutages.translate(failure);
            }
        };
    }
}
