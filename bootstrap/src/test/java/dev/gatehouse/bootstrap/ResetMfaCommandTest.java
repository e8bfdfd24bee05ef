package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.user.Email;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/**
 * What {@code reset-mfa} takes from its arguments, the ones it refuses before touching any
 * database, and the kind of application it runs in (its work: {@code ResetMfaCommandE2ETest}).
 */
class ResetMfaCommandTest {

    @Test
    void isRequestedOnlyByItsNameFirst() {
        assertThat(ResetMfaCommand.isRequested(new String[] {"reset-mfa", "--email", "a@example.com"}))
                .isTrue();
        assertThat(ResetMfaCommand.isRequested(new String[] {})).isFalse();
        assertThat(ResetMfaCommand.isRequested(new String[] {"--server.port=8081"}))
                .isFalse();
        assertThat(ResetMfaCommand.isRequested(new String[] {"--email", "a@example.com", "reset-mfa"}))
                .isFalse();
    }

    @Test
    void takesTheEmailInEitherFormAndLeavesSpringPropertiesToSpring() {
        assertThat(ResetMfaCommand.emailIn(new String[] {"reset-mfa", "--email", "Ada@Example.com"}))
                .contains(new Email("ada@example.com"));
        assertThat(ResetMfaCommand.emailIn(
                        new String[] {"reset-mfa", "--spring.datasource.url=jdbc:postgresql://db/g", "--email=a@b.org"
                        }))
                .contains(new Email("a@b.org"));
        assertThat(ResetMfaCommand.emailIn(new String[] {"reset-mfa", "--email", "not an email"}))
                .isEmpty();
    }

    @Test
    void refusesAMissingRepeatedOrUnknownArgument() {
        assertThatThrownBy(() -> ResetMfaCommand.emailIn(new String[] {"reset-mfa"}))
                .hasMessage("--email is missing");
        assertThatThrownBy(() -> ResetMfaCommand.emailIn(new String[] {"reset-mfa", "--email"}))
                .hasMessage("--email needs a value");
        assertThatThrownBy(() ->
                        ResetMfaCommand.emailIn(new String[] {"reset-mfa", "--email", "a@b.org", "--email=c@d.org"}))
                .hasMessage("--email given twice");
        assertThatThrownBy(() -> ResetMfaCommand.emailIn(new String[] {"reset-mfa", "--emial", "a@b.org"}))
                .hasMessage("unexpected argument --emial");
    }

    @Test
    void aUsageErrorExitsWithTwoBeforeAnyDatabaseIsTouched() {
        assertThat(ResetMfaCommand.run("reset-mfa")).isEqualTo(ResetMfaCommand.USAGE);
        assertThat(ResetMfaCommand.run("reset-mfa", "--email", "not an email")).isEqualTo(ResetMfaCommand.USAGE);
    }

    @Test
    void neverStartsAWebServer() {
        assertThat(ResetMfaCommand.application().getWebApplicationType()).isEqualTo(WebApplicationType.NONE);
    }
}
