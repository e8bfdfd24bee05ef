package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An account's standing ends its credentials: refresh tokens at once, access tokens issued before
 * the change within 5 seconds (the contract's bound), without waiting for them to expire.
 */
class RevocationE2ETest extends EndToEndTest {
    private static final Duration CONTRACT_BOUND = Duration.ofSeconds(5);

    private void assertAccessTokenDiesWithinTheBound(String accessToken) {
        Duration took = eventually(CONTRACT_BOUND, () -> {
            HttpApi.Response response = api.get("/api/v1/users/me", accessToken);
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        });
        assertThat(took).isLessThanOrEqualTo(CONTRACT_BOUND);
    }

    @Test
    void aPasswordChangeEndsEverySessionAndEveryEarlierAccessToken() {
        String email = uniqueEmail("changer");
        register(email);
        JsonNode laptop = logInForTokens(email, PASSWORD);
        JsonNode phone = logInForTokens(email, PASSWORD);

        HttpApi.Response changed = api.put(
                "/api/v1/users/me/password",
                body("currentPassword", PASSWORD, "newPassword", "a much better secret"),
                laptop.path("access_token").asString());
        assertThat(changed.status()).isEqualTo(204);

        assertProblem(refresh(laptop.path("refresh_token").asString()), 401, "invalid-refresh-token");
        assertProblem(refresh(phone.path("refresh_token").asString()), 401, "invalid-refresh-token");
        assertAccessTokenDiesWithinTheBound(phone.path("access_token").asString());
        assertAccessTokenDiesWithinTheBound(laptop.path("access_token").asString());

        // A login right after the change works at once.
        String fresh = logIn(email, "a much better secret");
        assertThat(api.get("/api/v1/users/me", fresh).status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndAccessTokens() {
        String email = uniqueEmail("disabled");
        String id = register(email);
        JsonNode tokens = logInForTokens(email, PASSWORD);

        assertThat(api.patch("/api/v1/users/" + id, body("enabled", false), adminToken())
                        .status())
                .isEqualTo(200);

        assertProblem(refresh(tokens.path("refresh_token").asString()), 401, "invalid-refresh-token");
        assertAccessTokenDiesWithinTheBound(tokens.path("access_token").asString());
    }

    @Test
    void deletingAnAccountEndsItsSessionsAndAccessTokens() {
        String email = uniqueEmail("deleted");
        String id = register(email);
        JsonNode tokens = logInForTokens(email, PASSWORD);

        assertThat(api.delete("/api/v1/users/" + id, adminToken()).status()).isEqualTo(204);

        assertProblem(refresh(tokens.path("refresh_token").asString()), 401, "invalid-refresh-token");
        assertAccessTokenDiesWithinTheBound(tokens.path("access_token").asString());
    }

    @Test
    void changingRolesEndsTheAccessTokensThatCarryTheOldOnesButNotTheSession() {
        String email = uniqueEmail("promoted");
        String id = register(email);
        JsonNode tokens = logInForTokens(email, PASSWORD);

        assertThat(api.patch("/api/v1/users/" + id, body("roles", List.of("ADMIN")), adminToken())
                        .status())
                .isEqualTo(200);

        assertAccessTokenDiesWithinTheBound(tokens.path("access_token").asString());
        HttpApi.Response refreshed = refresh(tokens.path("refresh_token").asString());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String promoted = refreshed.json().path("access_token").asString();
        assertThat(jwtPart(promoted, 1).path("roles").toString()).contains("ADMIN");
        // An ADMIN now (not 403), whose password-only session must add a second factor first.
        assertProblem(api.get("/api/v1/users", promoted), 401, "insufficient-user-authentication");
    }

    @Test
    void otherChangesLeaveAccessTokensAlone() {
        String email = uniqueEmail("renamed");
        String id = register(email);
        String accessToken = logIn(email, PASSWORD);

        assertThat(api.patch("/api/v1/users/" + id, body("displayName", "Renamed"), adminToken())
                        .status())
                .isEqualTo(200);
        sleep(Duration.ofSeconds(3));

        assertThat(api.get("/api/v1/users/me", accessToken).status()).isEqualTo(200);
    }
}
