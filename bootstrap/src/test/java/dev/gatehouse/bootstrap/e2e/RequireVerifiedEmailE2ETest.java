package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A deployment that lets only verified addresses sign in. */
@TestPropertySource(properties = "app.auth.require-verified-email=true")
class RequireVerifiedEmailE2ETest extends MailEndToEndTest {

    @Test
    void theRightPasswordOfAnUnverifiedAccountGetsNoTokensUntilTheLinkIsFollowed() {
        String email = uniqueEmail("unproven");
        register(email);
        String token = awaitMailNumber(email, 1).linkToken();

        HttpApi.Response refused =
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null);
        assertProblem(refused, 403, "email-not-verified");
        assertProblem(
                api.post("/api/v1/auth/login", HttpApi.body("email", email, "password", "wrong password"), null),
                401,
                "invalid-credentials");

        assertThat(api.post("/api/v1/auth/verify-email", HttpApi.body("token", token), null)
                        .status())
                .isEqualTo(204);

        logIn(email, PASSWORD);
    }

    @Test
    void theBootstrapAdminIsVerified() {
        assertThat(api.get("/api/v1/users/me", adminToken())
                        .json()
                        .path("emailVerified")
                        .asBoolean())
                .isTrue();
    }
}
