package dev.gatehouse.devmode;

import java.nio.file.Path;

/**
 * The block the developer mode prints once it serves: where it is, how to log in, where the data
 * lives and how to wipe it, under a banner no one can take for production. Tests read the
 * {@code URL} and {@code ADMIN} lines, so their shape is part of what the tests check.
 */
final class DevModeBanner {
    private static final String RULE = "=".repeat(78);

    private DevModeBanner() {}

    static String text(String baseUrl, DevAdmin admin, boolean adminCreatedNow, Path dataFolder, String jdbcUrl) {
        return "\n" + RULE + "\n"
                + "  GATEHOUSE DEVELOPER MODE -- NOT FOR PRODUCTION\n"
                + "  (embedded PostgreSQL, an admin whose password sits in a file, data in a local folder)\n"
                + RULE + "\n"
                + "  URL         " + baseUrl + "\n"
                + "  Swagger UI  " + baseUrl + "/swagger-ui.html\n"
                + adminLines(admin, adminCreatedNow, dataFolder)
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
}
