package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.persistence.ConnectionsKeptForReads;
import dev.gatehouse.adapter.out.persistence.PersistenceConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings the persistence adapter takes from the deployer's properties, and how an outage is
 * reported by what reads the database outside the adapter. The adapter's own beans come from its
 * {@link PersistenceConfiguration}, which reads none of {@code app.*} itself.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceSettingsConfiguration {

    @Bean
    ConnectionsKeptForReads connectionsKeptForReads(GatehouseProperties properties) {
        return new ConnectionsKeptForReads(properties.persistence().connectionsKeptForReads());
    }

    /** The actuator's endpoints (Flyway's reads the database itself) answer an outage with 503, not 500. */
    @Bean
    ActuatorStoreOutages actuatorStoreOutages() {
        return new ActuatorStoreOutages();
    }
}
