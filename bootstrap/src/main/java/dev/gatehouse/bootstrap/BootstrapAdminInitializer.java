package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminCommand;
import dev.gatehouse.domain.port.in.admin.EnsureBootstrapAdminUseCase;
import dev.gatehouse.domain.user.Email;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Creates the configured first ADMIN at start-up, once in the deployment's life. A bad configured
 * email or password stops the start (the deployer must know); an existing account with that email
 * is left untouched; once the admin was created, the configuration is ignored (said in the log, so
 * an operator who deleted that account knows why it did not come back).
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
        switch (ensureBootstrapAdmin.ensureBootstrapAdmin(
                new EnsureBootstrapAdminCommand(email, new Password(admin.password())))) {
            case CREATED -> log.info("Created the bootstrap admin account {}", email);
            case EMAIL_TAKEN -> log.info("An account {} already exists; left unchanged", email);
            case CREATED_BEFORE ->
                log.info("The bootstrap admin was created at an earlier start; the configured "
                        + "bootstrap admin is ignored (it is never created twice, even after it was deleted). You may "
                        + "remove APP_BOOTSTRAP_ADMIN_EMAIL / APP_BOOTSTRAP_ADMIN_PASSWORD from the configuration");
        }
    }
}
