package dev.gatehouse.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** jOOQ's statements run on the Spring transaction's connection, and outside one give theirs back. */
@PersistenceIT
class TransactionBoundConnectionProviderIT {
    private final DSLContext dsl;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    @Autowired
    TransactionBoundConnectionProviderIT(
            DSLContext dsl, DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Test
    void jooqTakesItsConnectionsFromThisProvider() {
        assertThat(dsl.configuration().connectionProvider()).isInstanceOf(TransactionBoundConnectionProvider.class);
    }

    @Test
    void insideATransactionEveryStatementRunsOnTheTransactionsConnection() {
        int[] backends = transaction.execute(status -> {
            int transactions = backendOf(DataSourceUtils.getConnection(dataSource));
            int first = dsl.resultQuery("select pg_backend_pid()").fetchOne(0, Integer.class);
            int second = dsl.connectionResult(TransactionBoundConnectionProviderIT::backendOf);
            return new int[] {transactions, first, second};
        });

        assertThat(backends[1]).isEqualTo(backends[0]);
        assertThat(backends[2]).isEqualTo(backends[0]);
    }

    @Test
    void insideATransactionAStatementSeesTheTransactionsUncommittedWrite() {
        String seen = transaction.execute(status -> {
            dsl.execute("create temporary table provider_probe (note text) on commit drop");
            dsl.execute("insert into provider_probe values ('written in this transaction')");
            return dsl.resultQuery("select note from provider_probe").fetchOne(0, String.class);
        });

        assertThat(seen).isEqualTo("written in this transaction");
    }

    @Test
    void outsideATransactionEveryStatementGivesItsConnectionBack() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        int connections = pool.getMaximumPoolSize();

        for (int i = 0; i < connections * 5; i++) {
            assertThat(dsl.resultQuery("select 1").fetchOne(0, Integer.class)).isEqualTo(1);
            dsl.connectionResult(TransactionBoundConnectionProviderIT::backendOf);
        }

        assertThat(pool.getHikariPoolMXBean().getActiveConnections()).isZero();
    }

    private static int backendOf(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
