package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.in.rest.RestAdapterConfiguration;
import dev.gatehouse.adapter.out.persistence.PersistenceConfiguration;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminUseCase;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Starts Gatehouse. No component scanning: the use cases and each adapter module come in through
 * one explicit configuration each, so what runs is what is listed here. The persistence and REST
 * modules bring their own; bootstrap builds the security, mail and metrics adapters and the settings the
 * REST adapter takes from {@code app.*}. Where the deployer's settings choose between
 * implementations, one bean method does: {@link SigningKeyStoreConfiguration} for the signing keys,
 * {@link SecurityAdapterConfiguration} for the sealer of TOTP secrets, {@link MailConfiguration} for
 * where mail goes (SMTP, the console, or nowhere yet). The {@code reset-mfa}
 * operator command runs in a context of its own ({@link ResetMfaCommand}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(GatehouseProperties.class)
@Import({
    ClockConfiguration.class,
    UseCaseConfiguration.class,
    PersistenceConfiguration.class,
    PersistenceSettingsConfiguration.class,
    SecurityAdapterConfiguration.class,
    SigningKeyStoreConfiguration.class,
    RestAdapterConfiguration.class,
    RestSettingsConfiguration.class,
    MailConfiguration.class,
    MetricsConfiguration.class,
    HousekeepingConfiguration.class
})
public class GatehouseApplication {

    /** jOOQ's switches for its start-up logo and "tip of the day", read once when jOOQ is loaded. */
    static final List<String> JOOQ_BANNER_SWITCHES = List.of("org.jooq.no-logo", "org.jooq.no-tips");

    /**
     * Starts the service; or, with {@code reset-mfa} as the first argument, runs that operator
     * command instead (without a web server) and exits with its status.
     */
    public static void main(String[] args) {
        silenceJooqBanner();
        if (ResetMfaCommand.isRequested(args)) {
            System.exit(ResetMfaCommand.run(args));
        }
        SpringApplication.run(GatehouseApplication.class, args);
    }

    /**
     * jOOQ prints a logo and a tip at start-up unless these system properties are set before its
     * classes load; it has no setting for it. Set here, they hold for every launch ({@code java
     * -jar}, run.sh, the image), not only for those that pass {@code bootstrap/jvm.options}. A value
     * given on the command line is left as it is.
     */
    public static void silenceJooqBanner() {
        JOOQ_BANNER_SWITCHES.forEach(name -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, "true");
            }
        });
    }

    @Bean
    BootstrapAdminInitializer bootstrapAdminInitializer(
            EnsureBootstrapAdminUseCase ensureBootstrapAdmin, GatehouseProperties properties) {
        return new BootstrapAdminInitializer(
                ensureBootstrapAdmin, properties.bootstrap().admin());
    }
}
