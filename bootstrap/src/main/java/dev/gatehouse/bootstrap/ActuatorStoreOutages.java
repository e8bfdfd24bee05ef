package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.persistence.StoreOutages;
import dev.gatehouse.domain.common.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.OperationType;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvoker;
import org.springframework.boot.actuate.endpoint.invoke.OperationInvokerAdvisor;
import org.springframework.boot.actuate.endpoint.invoke.OperationParameters;

/**
 * An actuator endpoint that reads the database itself (Flyway's migration history) reports an
 * outage as {@link StoreUnavailableException}, which the REST adapter answers with 503 and
 * {@code Retry-After} like every other request that needs the database; left alone, Flyway's own
 * exception was a 500. Other failures pass through unchanged.
 *
 * <p>Flyway does not always pass the outage on: when a broken connection made the pool close it,
 * Flyway goes on with that connection and fails with a bare "Connection is closed", which carries
 * no SQLState. So an SQL failure that is not recognisably an outage is checked against the
 * database itself: if no connection can be had and validated right now, it was the outage.
 */
final class ActuatorStoreOutages implements OperationInvokerAdvisor {
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;

    ActuatorStoreOutages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

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
                throw translate(failure);
            }
        };
    }

    private RuntimeException translate(RuntimeException failure) {
        if (failure instanceof StoreUnavailableException) {
            return failure;
        }
        if (StoreOutages.isOutage(failure) || StoreOutages.involvesSql(failure) && !databaseAnswers()) {
            return new StoreUnavailableException(failure);
        }
        return failure;
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (SQLException | RuntimeException unreachable) {
            return false;
        }
    }
}
