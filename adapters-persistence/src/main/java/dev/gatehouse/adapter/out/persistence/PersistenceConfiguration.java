package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.port.out.SessionRepository;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The persistence adapter's driven ports, for bootstrap to {@code @Import}. Needs from Boot's
 * auto-configuration a {@link DSLContext} (jOOQ, joined to Spring transactions) and a
 * {@link PlatformTransactionManager} (JDBC); Flyway migrates the schema before either is used.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    public UserRepository userRepository(DSLContext dsl) {
        return new JooqUserRepository(dsl);
    }

    @Bean
    public SigningKeyStore signingKeyStore(DSLContext dsl) {
        return new JooqSigningKeyStore(dsl);
    }

    @Bean
    public SessionRepository sessionRepository(DSLContext dsl) {
        return new JooqSessionRepository(dsl);
    }

    @Bean
    public UnitOfWork unitOfWork(PlatformTransactionManager transactionManager) {
        return new TransactionTemplateUnitOfWork(transactionManager);
    }
}
