package dev.gatehouse.devmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.user.Email;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevAdminTest {
    private static final AdminTotp TOTP = new AdminTotp(
            "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            "otpauth://totp/Gatehouse:admin%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Gatehouse"
                    + "&algorithm=SHA1&digits=6&period=30",
            List.of(
                    "aaaaa-bbbbb-ccccc-ddddd-eeeee",
                    "fffff-ggggg-hhhhh-iiiii-jjjjj",
                    "kkkkk-lllll-mmmmm-nnnnn-ooooo",
                    "ppppp-qqqqq-rrrrr-sssss-ttttt",
                    "uuuuu-vvvvv-wwwww-xxxxx-yyyyy",
                    "zzzzz-22222-33333-44444-55555",
                    "66666-77777-aaaab-bbbbc-ccccd",
                    "ddddf-ffffg-ggggh-hhhhi-iiiij",
                    "jjjjk-kkkkl-llllm-mmmmn-nnnnp",
                    "ppppq-qqqqr-rrrrs-sssst-ttttu"));

    @TempDir
    Path dataFolder;

    @Test
    void generatedPasswordsPassThePasswordPolicyAndDiffer() {
        PasswordPolicy policy = new PasswordPolicy(CommonPasswords.bundled());
        Email email = new Email(DevAdmin.DEFAULT_EMAIL);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = DevAdmin.generatePassword();
            assertThatCode(() -> policy.check("password", new Password(password), email))
                    .doesNotThrowAnyException();
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void theFirstStartGeneratesAnAdminAndKeepsItWhereOnlyTheOwnerReadsIt() throws IOException {
        Path file = dataFolder.resolve("admin.env");

        DevAdmin admin = DevAdmin.resolve(file, Optional.empty());

        assertThat(admin.source()).isEqualTo(DevAdmin.Source.GENERATED);
        assertThat(admin.email()).isEqualTo(DevAdmin.DEFAULT_EMAIL);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file))
                .contains("export GATEHOUSE_ADMIN_PASSWORD='" + admin.password().orElseThrow() + "'");
        assertThat(admin.applicationProperties())
                .containsEntry("app.bootstrap.admin.email", DevAdmin.DEFAULT_EMAIL)
                .containsEntry("app.bootstrap.admin.password", admin.password().orElseThrow());
    }

    @Test
    void laterStartsHandTheStoredAdminOnEvenWhenOneIsConfigured() {
        Path file = dataFolder.resolve("admin.env");
        DevAdmin first = DevAdmin.resolve(file, Optional.empty());

        DevAdmin again = DevAdmin.resolve(file, Optional.of("you@example.com"));

        assertThat(again.source()).isEqualTo(DevAdmin.Source.STORED);
        assertThat(again.email()).isEqualTo(first.email());
        assertThat(again.password()).isEqualTo(first.password());
        assertThat(again.applicationProperties()).isEqualTo(first.applicationProperties());
    }

    @Test
    void aConfiguredAdminIsLeftToTheConfigurationAndNotWrittenDown() {
        Path file = dataFolder.resolve("admin.env");

        DevAdmin admin = DevAdmin.resolve(file, Optional.of("you@example.com"));

        assertThat(admin.source()).isEqualTo(DevAdmin.Source.CONFIGURED);
        assertThat(admin.email()).isEqualTo("you@example.com");
        assertThat(admin.password()).isEmpty();
        assertThat(admin.applicationProperties()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void theEnrolledSecondFactorIsStoredBesideThePasswordAndReadBack() throws IOException {
        Path file = dataFolder.resolve("admin.env");
        DevAdmin generated = DevAdmin.resolve(file, Optional.empty());

        generated.withTotp(TOTP).store(file);
        DevAdmin stored = DevAdmin.read(file);

        assertThat(stored.totp()).contains(TOTP);
        assertThat(stored.totp().orElseThrow().recoveryCodes()).hasSize(10);
        assertThat(stored.password()).isEqualTo(generated.password());
        assertThat(stored.source()).isEqualTo(DevAdmin.Source.STORED);
        assertThat(Files.readString(file))
                .contains("export GATEHOUSE_ADMIN_TOTP_SECRET='" + TOTP.secret() + "'\n")
                .contains("export GATEHOUSE_ADMIN_RECOVERY_CODES='" + String.join(" ", TOTP.recoveryCodes()) + "'\n")
                .contains("oathtool --totp -b \"$GATEHOUSE_ADMIN_TOTP_SECRET\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var left = Files.list(dataFolder)) {
            assertThat(left).containsExactly(file); // the temporary file was moved over it, not left beside it
        }
    }

    @Test
    void aFileFromBeforeTheEnrolmentReadsAsNotEnrolled() throws IOException {
        Path file = dataFolder.resolve("admin.env");
        Files.writeString(file, """
                # Gatehouse developer mode: the bootstrap ADMIN, made at the first start on this data folder.
                # Sourced by a shell (. admin.env) it sets the variables the README uses.
                export GATEHOUSE_ADMIN_EMAIL='admin@example.com'
                export GATEHOUSE_ADMIN_PASSWORD='abcde-fghij-kmnpq-rstuv'
                """);

        DevAdmin admin = DevAdmin.read(file);

        assertThat(admin.email()).isEqualTo("admin@example.com");
        assertThat(admin.password()).contains("abcde-fghij-kmnpq-rstuv");
        assertThat(admin.totp()).isEmpty();
    }

    @Test
    void aShellSourcingTheFileGetsTheSameValuesEvenWithQuotesInThem() throws Exception {
        Path file = dataFolder.resolve("admin.env");
        AdminTotp quoted = new AdminTotp(
                TOTP.secret(),
                "otpauth://totp/O'Brien's:admin%40example.com?secret=X&issuer=O'Brien's",
                TOTP.recoveryCodes());
        DevAdmin.resolve(file, Optional.empty()).withTotp(quoted).store(file);

        Process shell = new ProcessBuilder(
                        "sh", "-c", ". \"$1\" && printf '%s' \"$GATEHOUSE_ADMIN_OTPAUTH_URI\"", "sh", file.toString())
                .start();

        assertThat(shell.waitFor()).isZero();
        assertThat(new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(quoted.otpauthUri());
        assertThat(DevAdmin.read(file).totp()).contains(quoted);
    }

    @Test
    void theSecretsStayOutOfToString() {
        assertThat(TOTP.toString())
                .doesNotContain(TOTP.secret())
                .doesNotContain(TOTP.recoveryCodes().getFirst());
    }
}
