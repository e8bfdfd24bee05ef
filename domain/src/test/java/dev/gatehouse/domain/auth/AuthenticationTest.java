package dev.gatehouse.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aPasswordAloneIsAal1WithPwd() {
        Authentication password = Authentication.byPassword(AT);

        assertThat(password.methodValues()).containsExactly("pwd");
        assertThat(password.assuranceLevel()).isEqualTo(AssuranceLevel.AAL1);
        assertThat(password.time()).isEqualTo(AT);
    }

    @Test
    void aTotpSecondStepIsAal2WithPwdOtpMfa() {
        Authentication totp = Authentication.byPasswordAndTotp(AT);

        assertThat(totp.methodValues()).containsExactly("pwd", "otp", "mfa");
        assertThat(totp.assuranceLevel()).isEqualTo(AssuranceLevel.AAL2);
    }

    @Test
    void aRecoveryCodeSecondStepIsAal2WithPwdMfa() {
        Authentication recovery = Authentication.byPasswordAndRecoveryCode(AT);

        assertThat(recovery.methodValues()).containsExactly("pwd", "mfa");
        assertThat(recovery.assuranceLevel()).isEqualTo(AssuranceLevel.AAL2);
    }

    @Test
    void everySignInIncludesThePasswordOnce() {
        assertThatThrownBy(() -> new Authentication(List.of(AuthenticationMethod.ONE_TIME_PASSWORD), AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new Authentication(List.of(AuthenticationMethod.PASSWORD, AuthenticationMethod.PASSWORD), AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesReadBackAsTheirConstants() {
        for (AuthenticationMethod method : AuthenticationMethod.values()) {
            assertThat(AuthenticationMethod.fromValue(method.value())).contains(method);
        }
        for (AssuranceLevel level : AssuranceLevel.values()) {
            assertThat(AssuranceLevel.fromValue(level.value())).contains(level);
        }
        assertThat(AuthenticationMethod.fromValue("PWD")).isEmpty();
        assertThat(AssuranceLevel.fromValue("aal3")).isEmpty();
    }
}
