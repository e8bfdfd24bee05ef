package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An admin resets the MFA of an account that lost its authenticator: over HTTP, with the admin's
 * own two-step sign-in, as the contract's DELETE /api/v1/users/{id}/mfa says.
 */
class AdminMfaResetE2ETest extends EndToEndTest {

    @Test
    void anAdminResetsAnAccountsMfaWhichSignsItOutAndIsAudited() {
        String email = uniqueEmail("lost-phone");
        String id = register(email);
        String before = signInWithMfa(email, PASSWORD);
        String admin = adminToken();

        HttpApi.Response reset = api.delete("/api/v1/users/" + id + "/mfa", admin);

        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        eventually(
                Duration.ofSeconds(5),
                () -> assertThat(api.get("/api/v1/users/me", before).status()).isEqualTo(401));
        String after = logIn(email, PASSWORD);
        assertThat(jwtPart(after, 1).path("acr").asString()).isEqualTo("aal1");
        assertThat(api.get("/api/v1/users/me", after).json().path("mfaEnabled").asBoolean())
                .isFalse();
        JsonNode events = api.get("/api/v1/audit-events?type=MFA_RESET&userId=" + id, admin)
                .json()
                .path("items");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("actorId").asString())
                .isEqualTo(api.get("/api/v1/users/me", admin).json().path("id").asString());
        assertProblem(api.delete("/api/v1/users/" + id + "/mfa", admin), 409, "mfa-not-enabled");
    }

    @Test
    void onlyAnAdminSignedInWithTwoStepsMayResetAndOnlyAnExistingAccount() {
        String email = uniqueEmail("target");
        String id = register(email);
        signInWithMfa(email, PASSWORD);

        assertProblem(api.delete("/api/v1/users/" + id + "/mfa", userToken()), 403, "forbidden");
        HttpApi.Response passwordOnlyAdmin = api.delete(
                "/api/v1/users/" + id + "/mfa",
                api.post("/api/v1/auth/login", HttpApi.body("email", newAdminWithoutMfa(), "password", PASSWORD), null)
                        .json()
                        .path("access_token")
                        .asString());
        assertProblem(passwordOnlyAdmin, 401, "insufficient-user-authentication");
        assertThat(passwordOnlyAdmin.header("WWW-Authenticate"))
                .startsWith("Bearer error=\"insufficient_user_authentication\"")
                .contains("acr_values=\"aal2\"");
        assertProblem(
                api.delete("/api/v1/users/00000000-0000-0000-0000-000000000000/mfa", adminToken()),
                404,
                "user-not-found");
        assertThat(signInWithMfa(email, PASSWORD)).isNotBlank();
    }
}
