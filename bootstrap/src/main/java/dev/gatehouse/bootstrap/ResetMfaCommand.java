package dev.gatehouse.bootstrap;

import dev.gatehouse.domain.mfa.BreakGlassReset;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.port.in.mfa.BreakGlassResetMfaCommand;
import dev.gatehouse.domain.port.in.mfa.BreakGlassResetMfaUseCase;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar gatehouse.jar reset-mfa --email someone@example.com}: the break-glass way back in
 * for an admin who lost both the authenticator and the recovery codes while admins need MFA. It
 * runs against the configured database ({@code SPRING_DATASOURCE_*}, migrated by Flyway as at
 * start-up) without a web server, switches the account's MFA off, ends its sessions and earlier
 * access tokens, and records {@code MFA_RESET} with no actor ({@link BreakGlassConfiguration}).
 * Whoever can run it can reach the database, which is the real boundary; nothing over HTTP does
 * this.
 *
 * <p>It says what happened in one line (through the log, as everything the jar prints) and exits
 * with {@value #DONE}, {@value #REFUSED} when there was nothing to reset or it failed, or
 * {@value #USAGE} for arguments it does not understand. Further {@code --name.with.dots=value}
 * arguments are Spring properties, as for the service ({@code --spring.datasource.url=…}).
 */
public final class ResetMfaCommand {
    static final String NAME = "reset-mfa";
    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    private static final Logger log = LoggerFactory.getLogger(ResetMfaCommand.class);
    private static final String EMAIL_OPTION = "--email";
    private static final String USAGE_LINE = "usage: java -jar gatehouse.jar " + NAME + " " + EMAIL_OPTION
            + " <address of the account whose MFA to switch off>";

    private ResetMfaCommand() {}

    /** Whether the arguments ask for this command rather than the service. */
    static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /**
     * Runs the command; {@code args} as given to {@code main}, the command's name first.
     *
     * @return the exit status
     */
    public static int run(String... args) {
        Optional<Email> email;
        try {
            email = emailIn(args);
        } catch (IllegalArgumentException badUsage) {
            log.error("{}: {}. {}", NAME, badUsage.getMessage(), USAGE_LINE);
            return USAGE;
        }
        if (email.isEmpty()) {
            log.error("{}: {} is not an email address. {}", NAME, EMAIL_OPTION, USAGE_LINE);
            return USAGE;
        }
        return reset(email.get(), args);
    }

    private static int reset(Email email, String[] args) {
        try (ConfigurableApplicationContext context = application().run(args)) {
            BreakGlassReset reset =
                    context.getBean(BreakGlassResetMfaUseCase.class).resetMfa(new BreakGlassResetMfaCommand(email));
            log.info(
                    "{}: MFA is off for {} (account {}); {} session(s) revoked, earlier access tokens refused;"
                            + " recorded as MFA_RESET with no actor",
                    NAME,
                    email,
                    reset.userId(),
                    reset.revokedSessions());
            return DONE;
        } catch (UserNotFoundException unknown) {
            log.error("{}: no account has the email {}; nothing changed", NAME, email);
        } catch (MfaNotEnabledException off) {
            log.error("{}: {} does not have MFA on; nothing changed", NAME, email);
        } catch (RuntimeException failure) {
            // Spring has logged the cause (an unreachable database, say); the reset's unit of work
            // never committed.
            log.error(
                    "{}: failed ({}); nothing changed", NAME, failure.getClass().getSimpleName());
        }
        return REFUSED;
    }

    /** The Spring application the command runs in: never a web one. */
    static SpringApplication application() {
        SpringApplication application = new SpringApplication(BreakGlassConfiguration.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        return application;
    }

    /**
     * The {@code --email} value ({@code --email x} or {@code --email=x}); empty when it is no email.
     *
     * @throws IllegalArgumentException when it is missing, given twice, or another argument is one
     *     the command does not know
     */
    static Optional<Email> emailIn(String[] args) {
        String email = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value;
            if (arg.equals(EMAIL_OPTION)) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(EMAIL_OPTION + " needs a value");
                }
                value = args[++i];
            } else if (arg.startsWith(EMAIL_OPTION + "=")) {
                value = arg.substring(EMAIL_OPTION.length() + 1);
            } else if (isSpringProperty(arg)) {
                continue;
            } else {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            if (email != null) {
                throw new IllegalArgumentException(EMAIL_OPTION + " given twice");
            }
            email = value;
        }
        if (email == null) {
            throw new IllegalArgumentException(EMAIL_OPTION + " is missing");
        }
        return Email.parse(email);
    }

    /** {@code --spring.datasource.url=…} and the like: left to Spring, as for the service. */
    private static boolean isSpringProperty(String arg) {
        int equals = arg.indexOf('=');
        return arg.startsWith("--") && equals > 0 && arg.substring(0, equals).contains(".");
    }
}
