package dev.gatehouse.devmode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The bootstrap ADMIN of the developer mode. Gatehouse creates the configured bootstrap admin once,
 * on the first start; so that the newcomer can still log in after a restart, the generated
 * credentials are kept in a file in the data folder ({@code admin.env}, readable by the owner only,
 * gone with the data when it is wiped) and handed to Gatehouse again at every start. Once the
 * developer mode has enrolled that admin in MFA ({@link AdminTotpEnrolment}), the file holds its
 * TOTP secret, {@code otpauth://} URI and recovery codes too: an ADMIN needs a second factor by
 * default, and the newcomer needs the secret to sign in. The file is a shell snippet:
 * {@code . .gatehouse-dev/admin.env} sets the variables the README's walkthrough uses. A file from
 * before the enrolment existed simply has no TOTP variables, which reads as "not enrolled yet". A
 * deployer's own {@code APP_BOOTSTRAP_ADMIN_EMAIL} / {@code _PASSWORD} are used instead when no
 * generated admin exists yet; such a password is never written anywhere.
 *
 * @param password the password in clear, or empty when it is the configured one (not repeated)
 * @param source where the credentials came from, which decides what the start-up block says
 * @param totp the second factor the developer mode enrolled, empty while it has enrolled none
 */
record DevAdmin(String email, Optional<String> password, Source source, Optional<AdminTotp> totp) {
    static final String DEFAULT_EMAIL = "admin@example.com";
    static final String EMAIL_VARIABLE = "GATEHOUSE_ADMIN_EMAIL";
    static final String PASSWORD_VARIABLE = "GATEHOUSE_ADMIN_PASSWORD";
    static final String TOTP_SECRET_VARIABLE = "GATEHOUSE_ADMIN_TOTP_SECRET";
    static final String OTPAUTH_URI_VARIABLE = "GATEHOUSE_ADMIN_OTPAUTH_URI";
    static final String RECOVERY_CODES_VARIABLE = "GATEHOUSE_ADMIN_RECOVERY_CODES";

    /** No look-alike characters (0/O, 1/l/I): a person may copy it by hand. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 5;
    /** A value in single quotes, a quote inside it written {@code '\''} as a shell reads it back. */
    private static final Pattern ASSIGNMENT = Pattern.compile("^export (\\w+)=((?:'[^']*'|\\\\')+)$");

    private static final Pattern QUOTED_PART = Pattern.compile("'([^']*)'|\\\\(')");
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Source {
        /** Made and stored at this start. */
        GENERATED,
        /** Read from the file an earlier start wrote. */
        STORED,
        /** The deployer's APP_BOOTSTRAP_ADMIN_EMAIL / _PASSWORD. */
        CONFIGURED
    }

    /**
     * The admin of this data folder: the stored one if an earlier start generated it, else the
     * configured one ({@code configuredEmail} set), else a new one, stored in {@code file} now.
     */
    static DevAdmin resolve(Path file, Optional<String> configuredEmail) {
        if (Files.exists(file)) {
            return read(file);
        }
        if (configuredEmail.isPresent()) {
            return new DevAdmin(configuredEmail.get(), Optional.empty(), Source.CONFIGURED, Optional.empty());
        }
        DevAdmin generated =
                new DevAdmin(DEFAULT_EMAIL, Optional.of(generatePassword()), Source.GENERATED, Optional.empty());
        generated.store(file);
        return generated;
    }

    /**
     * 20 characters from a 32-letter alphabet (100 bits) in dash-separated groups: far from the
     * common-password list, well inside the policy's 8 characters to 72 bytes.
     */
    static String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < GROUPS * GROUP_LENGTH; i++) {
            if (i > 0 && i % GROUP_LENGTH == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** The properties that hand these credentials to Gatehouse, none when they are the configured ones. */
    Map<String, Object> applicationProperties() {
        return password.<Map<String, Object>>map(
                        p -> Map.of("app.bootstrap.admin.email", email, "app.bootstrap.admin.password", p))
                .orElse(Map.of());
    }

    /** This admin with its second factor, as the enrolment answered it. */
    DevAdmin withTotp(AdminTotp enrolled) {
        return new DevAdmin(email, password, source, Optional.of(enrolled));
    }

    /**
     * Writes this admin to {@code file}, replacing what is there as one step: the text goes to a new
     * file beside it, made readable by the owner only from the start, which is then moved over the
     * old one, so that a crash leaves the old file or the new one, never half of it, and the secrets
     * are never readable by others, not even for a moment.
     */
    void store(Path file) {
        String text = "# Gatehouse developer mode: the bootstrap ADMIN, made at the first start on this data folder.\n"
                + "# Sourced by a shell (. " + file.getFileName() + ") it sets the variables the README uses.\n"
                + assignment(EMAIL_VARIABLE, email)
                + assignment(PASSWORD_VARIABLE, password.orElseThrow())
                + totp.map(DevAdmin::totpAssignments).orElse("");
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(next);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The admin an earlier start stored in {@code file}. */
    static DevAdmin read(Path file) {
        Map<String, String> values;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            values = lines.stream()
                    .map(ASSIGNMENT::matcher)
                    .filter(Matcher::matches)
                    .collect(Collectors.toMap(m -> m.group(1), m -> unquoted(m.group(2)), (first, second) -> second));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Function<String, String> required = name -> Optional.ofNullable(values.get(name))
                .orElseThrow(() -> new DevModeException(
                        file + " has no " + name + "; restore it, or wipe the data folder to start afresh"));
        Optional<AdminTotp> totp = Optional.ofNullable(values.get(TOTP_SECRET_VARIABLE))
                .map(secret -> new AdminTotp(
                        secret,
                        required.apply(OTPAUTH_URI_VARIABLE),
                        List.of(required.apply(RECOVERY_CODES_VARIABLE).split(" "))));
        return new DevAdmin(
                required.apply(EMAIL_VARIABLE), Optional.of(required.apply(PASSWORD_VARIABLE)), Source.STORED, totp);
    }

    private static String totpAssignments(AdminTotp enrolled) {
        return "# Its second factor, enrolled by the developer mode: a code is oathtool --totp -b \"$"
                + TOTP_SECRET_VARIABLE + "\"\n"
                + assignment(TOTP_SECRET_VARIABLE, enrolled.secret())
                + assignment(OTPAUTH_URI_VARIABLE, enrolled.otpauthUri())
                + "# Single-use recovery codes, for when no TOTP code is at hand (a used one stays listed).\n"
                + assignment(RECOVERY_CODES_VARIABLE, String.join(" ", enrolled.recoveryCodes()));
    }

    private static String assignment(String variable, String value) {
        return "export " + variable + "='" + value.replace("'", "'\\''") + "'\n";
    }

    private static String unquoted(String quoted) {
        StringBuilder value = new StringBuilder();
        Matcher part = QUOTED_PART.matcher(quoted);
        while (part.find()) {
            value.append(part.group(1) != null ? part.group(1) : part.group(2));
        }
        return value.toString();
    }
}
