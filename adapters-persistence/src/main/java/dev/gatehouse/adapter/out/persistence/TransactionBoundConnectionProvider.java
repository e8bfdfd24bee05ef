package dev.gatehouse.adapter.out.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Gives jOOQ the current Spring transaction's connection, or a pooled one for a statement outside
 * any transaction, and hands it back the same way. That is what Boot's default does (jOOQ's
 * {@code DataSourceConnectionProvider} over a {@code TransactionAwareDataSourceProxy}), without the
 * proxy: it wraps each connection in a JDK dynamic proxy and forwards every call on it by
 * reflection, a few per cent of the CPU of {@code GET /users/me}. Failures are jOOQ's
 * {@link DataAccessException} with the driver's exception as cause, as from jOOQ's own provider, so
 * the outage translation reads them the same way.
 */
final class TransactionBoundConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    TransactionBoundConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection acquire() {
        try {
            return DataSourceUtils.doGetConnection(dataSource);
        } catch (SQLException failure) {
            throw new DataAccessException("Error getting connection from data source " + dataSource, failure);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            DataSourceUtils.doReleaseConnection(connection, dataSource);
        } catch (SQLException failure) {
            throw new DataAccessException("Error closing connection " + connection, failure);
        }
    }
}
