package dev.gatehouse.adapter.out.persistence;

import com.zaxxer.hikari.HikariConfigMXBean;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.BootstrapAdminRecord;
import dev.gatehouse.domain.port.out.EmailTokenStore;
import dev.gatehouse.domain.port.out.LoginThrottleStore;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import dev.gatehouse.domain.port.out.MfaEnrolmentStore;
import dev.gatehouse.domain.port.out.PasswordResetRequestQueue;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The persistence adapter's driven ports, for bootstrap to {@code @Import}. Needs from Boot's
 * auto-configuration a {@link DSLContext} (jOOQ, joined to Spring transactions through
 * {@link #jooqConnectionProvider}) and a
 * {@link PlatformTransactionManager} (JDBC), and from the application a {@link Clock}; Flyway
 * migrates the schema before any of them is used. The {@link JooqSigningKeyStore} is not among
 * them: bootstrap builds it, or a store of a deployer-supplied key in its place.
 *
 * <p>Every port here throws {@link dev.gatehouse.domain.common.StoreUnavailableException} while
 * PostgreSQL cannot be reached: jOOQ statements through {@link #storeOutageTranslation()}, units of
 * work through {@link TransactionTemplateUnitOfWork}.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {
    /**
     * Rows one DELETE of a purge removes at most: small enough that no purge holds many row locks
     * or a long transaction, large enough that an ordinary backlog goes in a few statements.
     */
    private static final int PURGE_BATCH = 1000;

    /** One bean for both ports of accounts: the repository and its one-statement views. */
    @Bean
    public JooqUserRepository userRepository(DSLContext dsl) {
        return new JooqUserRepository(dsl);
    }

    @Bean
    public SessionRepository sessionRepository(DSLContext dsl) {
        return new JooqSessionRepository(dsl);
    }

    @Bean
    public SecurityEventLog securityEventLog(DSLContext dsl) {
        return new JooqSecurityEventLog(dsl);
    }

    @Bean
    public AuditEventQueries auditEventQueries(DSLContext dsl) {
        return new JooqAuditEventQueries(dsl, PURGE_BATCH);
    }

    @Bean
    public LoginThrottleStore loginThrottleStore(DSLContext dsl, Clock clock) {
        return new JooqLoginThrottleStore(dsl, clock, PURGE_BATCH);
    }

    @Bean
    public MfaEnrolmentStore mfaEnrolmentStore(DSLContext dsl) {
        return new JooqMfaEnrolmentStore(dsl);
    }

    @Bean
    public MfaChallengeStore mfaChallengeStore(DSLContext dsl) {
        return new JooqMfaChallengeStore(dsl, PURGE_BATCH);
    }

    @Bean
    public EmailTokenStore emailTokenStore(DSLContext dsl) {
        return new JooqEmailTokenStore(dsl, PURGE_BATCH);
    }

    /**
     * One bean for both sides of the outbox: the use cases' {@link dev.gatehouse.domain.port.out.MailOutbox} and the senders'
     * {@link dev.gatehouse.domain.port.out.MailDeliveryQueue}. Two beans of this one class would each match both ports by their
     * type once created, and neither port could be injected.
     */
    @Bean
    public JooqMailOutbox mailOutbox(DSLContext dsl) {
        return new JooqMailOutbox(dsl, PURGE_BATCH);
    }

    @Bean
    public PasswordResetRequestQueue passwordResetRequestQueue(DSLContext dsl) {
        return new JooqPasswordResetRequestQueue(dsl);
    }

    @Bean
    public BootstrapAdminRecord bootstrapAdminRecord(DSLContext dsl) {
        return new JooqBootstrapAdminRecord(dsl);
    }

    /**
     * Units of work leave {@link ConnectionsKeptForReads} of HikariCP's connections to the reads
     * outside them, and wait for a slot at most the pool's own connection timeout. Any other pool,
     * or no such bean (the break-glass command), leaves the pool to decide alone.
     */
    @Bean
    public TransactionSlots transactionSlots(
            DataSource dataSource, ObjectProvider<ConnectionsKeptForReads> keptForReads) {
        ConnectionsKeptForReads kept = keptForReads.getIfAvailable();
        return kept != null && dataSource instanceof HikariConfigMXBean pool
                ? TransactionSlots.forPool(
                        pool.getMaximumPoolSize(), kept.count(), Duration.ofMillis(pool.getConnectionTimeout()))
                : TransactionSlots.unlimited();
    }

    /**
     * Replaces Boot's default connection provider (it backs off when there is one): jOOQ runs on
     * the current transaction's connection, reached without a reflective proxy.
     */
    @Bean
    public ConnectionProvider jooqConnectionProvider(DataSource dataSource) {
        return new TransactionBoundConnectionProvider(dataSource);
    }

    @Bean
    public UnitOfWork unitOfWork(PlatformTransactionManager transactionManager, TransactionSlots slots) {
        return new TransactionTemplateUnitOfWork(transactionManager, slots);
    }

    /**
     * jOOQ's execute logging (its {@code LoggerListener}) prints every statement with its bind
     * values and result rows at DEBUG: password hashes, refresh-token hashes and the private
     * signing keys. Off, whatever level a deployer gives {@code org.jooq}.
     */
    @Bean
    public DefaultConfigurationCustomizer noExecuteLogging() {
        return configuration -> configuration.settings().setExecuteLogging(false);
    }

    /**
     * Adds {@link StoreOutageListener} to Boot's jOOQ configuration, after the listeners Boot
     * registered (its exception translator among them), so it sees their translation and has the
     * last word.
     */
    @Bean
    public DefaultConfigurationCustomizer storeOutageTranslation() {
        return configuration ->
                configuration.set(StoreOutageListener.appendedTo(configuration.executeListenerProviders()));
    }
}
