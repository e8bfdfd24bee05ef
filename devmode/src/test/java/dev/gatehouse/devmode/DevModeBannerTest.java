package dev.gatehouse.devmode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The MFA and mail lines of the start-up block for the cases the developer mode's own tests do not start. */
class DevModeBannerTest {
    private static final Path DATA = Path.of("/home/dev/.gatehouse-dev");

    @Test
    void aDeployersAdminIsToldToEnrolAndWhere() {
        DevAdmin configured =
                new DevAdmin("you@example.com", Optional.empty(), DevAdmin.Source.CONFIGURED, Optional.empty());

        String block = text(configured, new AdminMfa.LeftToTheDeployer());

        assertThat(block)
                .contains("ADMIN       you@example.com / (the password in APP_BOOTSTRAP_ADMIN_PASSWORD)")
                .contains("MFA         not enrolled by the developer mode")
                .contains("README's section \"Multi-factor authentication\"")
                .doesNotContain("oathtool");
    }

    @Test
    void anAccountEnrolledByHandIsNotGivenASecret() {
        DevAdmin stored = new DevAdmin(
                DevAdmin.DEFAULT_EMAIL, Optional.of("abcde-fghij"), DevAdmin.Source.STORED, Optional.empty());

        assertThat(text(stored, new AdminMfa.EnrolledElsewhere()))
                .contains("MFA         on for this account, enrolled by hand")
                .doesNotContain("oathtool");
    }

    @Test
    void saysThatMailIsPrintedToTheConsoleUnlessSwitchedOff() {
        DevAdmin stored = new DevAdmin(
                DevAdmin.DEFAULT_EMAIL, Optional.of("abcde-fghij"), DevAdmin.Source.STORED, Optional.empty());

        assertThat(text(stored, new AdminMfa.NotRequired(), true))
                .contains("Mail        printed to this console, never sent")
                .contains("DEVELOPER MODE: MAIL NOT SENT, PRINTED HERE")
                .contains("APP_MAIL_CONSOLE=false SPRING_MAIL_HOST=");
        assertThat(text(stored, new AdminMfa.NotRequired(), false))
                .contains("Mail        sent to SPRING_MAIL_HOST")
                .doesNotContain("printed to this console");
    }

    private static String text(DevAdmin admin, AdminMfa mfa) {
        return text(admin, mfa, true);
    }

    private static String text(DevAdmin admin, AdminMfa mfa, boolean mailToConsole) {
        return DevModeBanner.text(
                "http://localhost:8080",
                admin,
                false,
                mfa,
                DATA,
                "jdbc:postgresql://localhost:5432/gatehouse",
                mailToConsole);
    }
}
