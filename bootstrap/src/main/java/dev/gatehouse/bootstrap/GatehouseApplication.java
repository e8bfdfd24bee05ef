package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.in.rest.RestAdapterConfiguration;
import dev.gatehouse.adapter.out.persistence.PersistenceConfiguration;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminUseCase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Starts Gatehouse. No component scanning: the use cases and each adapter module come in through
 * one explicit configuration each, so what runs is what is listed here. The persistence and REST
 * modules bring their own; bootstrap builds the security and metrics adapters and the settings the
 * REST adapter takes from {@code app.*}, and {@link SigningKeyStoreConfiguration} is the one place
 * where an implementation is chosen from the deployer's settings.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(GatehouseProperties.class)
@Import({
    UseCaseConfiguration.class,
    PersistenceConfiguration.class,
    SecurityAdapterConfiguration.class,
    SigningKeyStoreConfiguration.class,
    RestAdapterConfiguration.class,
    RestSettingsConfiguration.class,
    MetricsConfiguration.class,
    HousekeepingConfiguration.class
})
public class GatehouseApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatehouseApplication.class, args);
    }

    @Bean
    BootstrapAdminInitializer bootstrapAdminInitializer(
            EnsureBootstrapAdminUseCase ensureBootstrapAdmin, GatehouseProperties properties) {
        return new BootstrapAdminInitializer(
                ensureBootstrapAdmin, properties.bootstrap().admin());
    }
}
