package dev.gatehouse.devmode;

import dev.gatehouse.bootstrap.GatehouseApplication;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Gatehouse for development, with nothing installed but a JDK: starts an embedded PostgreSQL 17
 * whose data stays in a folder under the working directory ({@code .gatehouse-dev/}, or
 * {@code GATEHOUSE_DEV_HOME}), then the unchanged application on it, and prints once how to use it.
 * It is a launcher of its own (its own jar), so nothing of it, neither zonky nor the PostgreSQL
 * binaries, is in the production jar; and it refuses to start when a datasource URL is configured,
 * so it can never quietly stand in for a real database.
 *
 * <p>An ADMIN needs a second factor under the default policy, so once the application serves, the
 * generated admin is enrolled in TOTP over HTTP like any client ({@link AdminTotpEnrolment}) when
 * {@code admin.env} has no secret yet: at the first start, or the first one after the policy was
 * switched on or the file predates the enrolment. A deployer's own admin is left to the deployer.
 * A failed enrolment is warned about and the application serves on. The TOTP secret, the
 * {@code otpauth://} URI and the recovery codes go to {@code admin.env} and to the start-up block
 * ({@link DevModeBanner}), which the developer is meant to read; that block is the only log line
 * that carries them, and only the developer mode prints it. No other log line names them.
 *
 * <p>Mail is printed to the console ({@code app.mail.console}), each one in a marked block, with
 * the live links the developer clicks: there is no mail server to send it to. A developer who runs
 * a local SMTP catcher sets {@code APP_MAIL_CONSOLE=false} and {@code SPRING_MAIL_HOST} instead.
 */
public final class GatehouseDevMode {
    static final String ADMIN_FILE = "admin.env";
    /** The Spring profile the application runs with here, for settings that only development wants. */
    static final String PROFILE = "dev";
    /** On here unless the developer switches it off (to try a local SMTP catcher through SPRING_MAIL_HOST). */
    static final String MAIL_CONSOLE = "app.mail.console";

    private static final Logger log = LoggerFactory.getLogger(GatehouseDevMode.class);

    private GatehouseDevMode() {}

    public static void main(String[] args) {
        try {
            start(args);
        } catch (DevModeException e) {
            log.error("Gatehouse developer mode: {}", e.getMessage());
            System.exit(1);
        }
    }

    private static void start(String[] args) {
        ConfigurableEnvironment launch = launchEnvironment(args);
        if (launch.containsProperty("spring.datasource.url")) {
            throw new DevModeException(
                    "a datasource URL is configured (SPRING_DATASOURCE_URL or "
                            + "spring.datasource.url): the developer mode runs its own embedded database and never starts "
                            + "beside a real one. Unset it, or run the production jar (bootstrap/run.sh) against that database.");
        }
        Path dataFolder = Path.of(launch.getProperty("gatehouse.dev.home", ".gatehouse-dev"))
                .toAbsolutePath()
                .normalize();
        log.warn("DEVELOPER MODE -- NOT FOR PRODUCTION: starting an embedded PostgreSQL in {}", dataFolder);
        DevDatabase database = DevDatabase.start(dataFolder.resolve("postgres"), dataFolder.resolve("postgres.log"));
        // After the database: a start that cannot run PostgreSQL leaves no credentials behind.
        DevAdmin admin = DevAdmin.resolve(
                dataFolder.resolve(ADMIN_FILE), Optional.ofNullable(launch.getProperty("app.bootstrap.admin.email")));
        boolean mailToConsole = Boolean.parseBoolean(launch.getProperty(MAIL_CONSOLE, "true"));
        ConfigurableApplicationContext application;
        try {
            application = application(database, admin, mailToConsole).run(args);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            application.close(); // first, while its connections still have a server
                            database.close();
                        },
                        "gatehouse-dev-shutdown"));
        String baseUrl = "http://localhost:" + application.getEnvironment().getProperty("local.server.port");
        AdminMfa mfa = adminMfa(admin, URI.create(baseUrl), dataFolder.resolve(ADMIN_FILE));
        if (mfa instanceof AdminMfa.Failed failed) {
            log.warn(
                    "Gatehouse developer mode: could not enrol the ADMIN {} in MFA ({}); it cannot use the "
                            + "ADMIN-only endpoints until it enrols. Serving on.",
                    admin.email(),
                    failed.reason());
        }
        log.warn(DevModeBanner.text(
                baseUrl, admin, database.created(), mfa, dataFolder, database.jdbcUrl(), mailToConsole));
    }

    /**
     * The ADMIN's second factor: the one in the file, else enrolled now (and stored) for an admin the
     * developer mode generated; a deployer's admin is left alone.
     */
    private static AdminMfa adminMfa(DevAdmin admin, URI baseUrl, Path file) {
        if (admin.source() == DevAdmin.Source.CONFIGURED) {
            return new AdminMfa.LeftToTheDeployer();
        }
        if (admin.totp().isPresent()) {
            return new AdminMfa.Enrolled(admin.totp().get(), false);
        }
        AdminMfa mfa = new AdminTotpEnrolment(baseUrl, Clock.systemUTC())
                .enrol(admin.email(), admin.password().orElseThrow());
        if (mfa instanceof AdminMfa.Enrolled enrolled) {
            try {
                admin.withTotp(enrolled.totp()).store(file);
            } catch (UncheckedIOException e) {
                log.warn(
                        "Gatehouse developer mode: could not write {} ({}); the ADMIN's TOTP secret and recovery "
                                + "codes are in the block below only",
                        file,
                        e.getCause().getMessage());
            }
        }
        return mfa;
    }

    /** What the launcher can see before the application starts: environment, system properties, arguments. */
    private static ConfigurableEnvironment launchEnvironment(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        return environment;
    }

    private static SpringApplication application(DevDatabase database, DevAdmin admin, boolean mailToConsole) {
        Map<String, Object> properties = new HashMap<>(admin.applicationProperties());
        // Mail (verification, reset and change links) is printed to the console instead of sent.
        properties.put(MAIL_CONSOLE, Boolean.toString(mailToConsole));
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", DevDatabase.USER);
        properties.put("spring.datasource.password", "");
        GatehouseApplication.silenceJooqBanner(); // as the production main does
        SpringApplication application = new SpringApplication(GatehouseApplication.class);
        application.setAdditionalProfiles(PROFILE);
        // One shutdown hook (above) stops the application, then the database, in that order.
        application.setRegisterShutdownHook(false);
        // Above every other source: these name the database this launcher just started.
        application.addInitializers(context -> context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("gatehouseDevMode", properties)));
        return application;
    }
}
