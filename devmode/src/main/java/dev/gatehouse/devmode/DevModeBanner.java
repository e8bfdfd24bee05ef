package dev.gatehouse.devmode;

import java.nio.file.Path;

/**
 * The block the developer mode prints once it serves: where it is, how to log in (the ADMIN's
 * password, and its TOTP secret and {@code otpauth://} URI once enrolled), where the data lives and
 * how to wipe it, and where mail goes, under a banner no one can take for production. It is the one place the ADMIN's
 * secrets are printed, on purpose and in the developer mode only: the newcomer needs them to sign
 * in. Tests read the {@code URL} and {@code ADMIN} lines, so their shape is part of what the tests
 * check.
 */
final class DevModeBanner {
    private static final String RULE = "=".repeat(78);

    private DevModeBanner() {}

    static String text(
            String baseUrl,
            DevAdmin admin,
            boolean adminCreatedNow,
            AdminMfa mfa,
            Path dataFolder,
            String jdbcUrl,
            boolean mailToConsole) {
        return "\n" + RULE + "\n"
                + "  GATEHOUSE DEVELOPER MODE -- NOT FOR PRODUCTION\n"
                + "  (embedded PostgreSQL, an admin whose password and TOTP secret sit in a file, data in a local folder)\n"
                + RULE + "\n"
                + "  URL         " + baseUrl + "\n"
                + "  Swagger UI  " + baseUrl + "/swagger-ui.html\n"
                + adminLines(admin, adminCreatedNow, dataFolder)
                + mfaLines(mfa)
                + mailLines(mailToConsole)
                + "  Database    " + jdbcUrl + " (user " + DevDatabase.USER + ", no password, localhost only)\n"
                + "  Data        " + dataFolder + "\n"
                + "              kept between runs; to start afresh stop Gatehouse, then: rm -rf " + dataFolder + "\n"
                + RULE + "\n";
    }

    private static String adminLines(DevAdmin admin, boolean adminCreatedNow, Path dataFolder) {
        String when = adminCreatedNow ? "created now" : "exists since the first start on this data folder";
        if (admin.source() == DevAdmin.Source.CONFIGURED) {
            return "  ADMIN       " + admin.email() + " / (the password in APP_BOOTSTRAP_ADMIN_PASSWORD)\n"
                    + "              " + when + "\n";
        }
        Path file = dataFolder.resolve(GatehouseDevMode.ADMIN_FILE);
        return "  ADMIN       " + admin.email() + " / " + admin.password().orElseThrow() + "\n"
                + "              " + when + "; also in " + file + " (mode 0600):\n"
                + "              `. " + file + "` sets $" + DevAdmin.EMAIL_VARIABLE + " and $"
                + DevAdmin.PASSWORD_VARIABLE + "\n"
                + (adminCreatedNow
                        ? ""
                        : "              (if you changed this password since, the file does not know)\n");
    }

    private static String mailLines(boolean mailToConsole) {
        if (mailToConsole) {
            return "  Mail        printed to this console, never sent: each mail in a block headed\n"
                    + "              \"DEVELOPER MODE: MAIL NOT SENT, PRINTED HERE\" (its links carry live tokens);\n"
                    + "              to send it to a local SMTP catcher: APP_MAIL_CONSOLE=false SPRING_MAIL_HOST=...\n";
        }
        return "  Mail        sent to SPRING_MAIL_HOST (APP_MAIL_CONSOLE=false); without a host it waits in the outbox\n";
    }

    private static String mfaLines(AdminMfa mfa) {
        String enrolByHand =
                "              the ADMIN-only endpoints need it while APP_AUTH_MFA_REQUIRED_FOR_ADMINS is on (the\n"
                        + "              default): enrol as the README's section \"Multi-factor authentication\" shows\n";
        return switch (mfa) {
            case AdminMfa.Enrolled enrolled -> enrolledLines(enrolled);
            case AdminMfa.NotRequired() ->
                "  MFA         not required of admins here (APP_AUTH_MFA_REQUIRED_FOR_ADMINS=false): not enrolled\n";
            case AdminMfa.EnrolledElsewhere() ->
                "  MFA         on for this account, enrolled by hand: its secret is wherever you put it\n";
            case AdminMfa.Failed failed ->
                "  MFA         NOT ENROLLED, the developer mode's enrolment failed: " + failed.reason() + "\n"
                        + enrolByHand;
            case AdminMfa.LeftToTheDeployer() ->
                "  MFA         not enrolled by the developer mode (your own admin):\n" + enrolByHand;
        };
    }

    private static String enrolledLines(AdminMfa.Enrolled enrolled) {
        AdminTotp totp = enrolled.totp();
        String variable = "$" + DevAdmin.TOTP_SECRET_VARIABLE;
        return "  MFA         TOTP, enrolled " + (enrolled.now() ? "now" : "at an earlier start")
                + " by the developer mode\n"
                + "              secret " + totp.secret() + " (" + variable + " in " + GatehouseDevMode.ADMIN_FILE
                + ")\n"
                + "              for an authenticator app: " + totp.otpauthUri() + "\n"
                + "              a code from the shell: oathtool --totp -b \"" + variable + "\"\n"
                + "              sign in with two steps: POST /api/v1/auth/login, then /api/v1/auth/login/mfa\n"
                + "              " + totp.recoveryCodes().size() + " single-use recovery codes: $"
                + DevAdmin.RECOVERY_CODES_VARIABLE + "\n";
    }
}
