package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.persistence.JooqSigningKeyStore;
import dev.gatehouse.adapter.out.security.PemSigningKeyStore;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driven port whose implementation the deployer picks between two adapter modules: the
 * signing keys the service generates and rotates in the database, or one key it is given as a PEM.
 */
@Configuration(proxyBeanMethods = false)
public class SigningKeyStoreConfiguration {

    /**
     * A configured PEM key takes the place of the database-held keys, for deployers who manage keys
     * in their own secret store; an unreadable one stops the start.
     */
    @Bean
    SigningKeyStore signingKeyStore(GatehouseProperties properties, DSLContext dsl, Clock clock) {
        GatehouseProperties.SigningKey signingKey = properties.auth().signingKey();
        if (signingKey.configured()) {
            return new PemSigningKeyStore(signingKey.privateKeyPem(), clock);
        }
        return new JooqSigningKeyStore(dsl);
    }
}
