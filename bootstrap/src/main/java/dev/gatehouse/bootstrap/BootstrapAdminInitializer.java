package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.auth.Password;
import dev.gatehouse.domain.port.in.EnsureBootstrapAdminUseCase;
import dev.gatehouse.domain.user.Email;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Creates the configured first ADMIN at start-up. A bad configured email or password stops the
 * start (the deployer must know); an existing account with that email is left untouched.
 */
class BootstrapAdminInitializer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdminInitializer.class);

    private final EnsureBootstrapAdminUseCase ensureBootstrapAdmin;
    private final GatehouseProperties.Admin admin;

    BootstrapAdminInitializer(EnsureBootstrapAdminUseCase ensureBootstrapAdmin, GatehouseProperties.Admin admin) {
        this.ensureBootstrapAdmin = ensureBootstrapAdmin;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!admin.configured()) {
            log.info("No bootstrap admin configured (APP_BOOTSTRAP_ADMIN_EMAIL / APP_BOOTSTRAP_ADMIN_PASSWORD)");
            return;
        }
        Email email = new Email(admin.email());
        boolean created = ensureBootstrapAdmin.ensureBootstrapAdmin(email, new Password(admin.password()));
        log.info(created ? "Created the bootstrap admin account {}" : "Bootstrap admin {} already exists; left unchanged",
                email);
    }
}
