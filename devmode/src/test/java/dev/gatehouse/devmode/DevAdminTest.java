package dev.gatehouse.devmode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.domain.password.CommonPasswords;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.password.PasswordPolicy;
import dev.gatehouse.domain.user.Email;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevAdminTest {
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
}
