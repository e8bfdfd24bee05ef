package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A token that no longer speaks for an account is 401 with {@code WWW-Authenticate} on every
 * endpoint, never 404 or 403 (contract, Access tokens) — also in the seconds after a delete before
 * the standing check's cache has noticed it.
 */
class DeletedAccountTokenE2ETest extends EndToEndTest {

    @Test
    void theTokenOfAJustDeletedAccountIsUnauthorizedOnEveryOwnAccountEndpoint() {
        String email = uniqueEmail("deleted");
        String id = register(email);
        String token = logIn(email, PASSWORD);
        // Puts the account's standing into the per-instance cache, which re-reads it only every 2 s.
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/users/" + id, adminToken()).status()).isEqualTo(204);

        List<HttpApi.Response> answers = List.of(
                api.get("/api/v1/users/me", token),
                api.get("/api/v1/users/me/sessions", token),
                api.patch("/api/v1/users/me", body("displayName", "Ghost"), token),
                api.put(
                        "/api/v1/users/me/password",
                        body("currentPassword", PASSWORD, "newPassword", "analytical engine 1843"),
                        token),
                api.delete("/api/v1/users/me/sessions/" + UUID.randomUUID(), token));

        assertThat(answers).allSatisfy(answer -> {
            assertProblem(answer, 401, "unauthorized");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        });
    }
}
