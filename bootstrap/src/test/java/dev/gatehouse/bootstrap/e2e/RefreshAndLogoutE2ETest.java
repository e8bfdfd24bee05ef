package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RefreshAndLogoutE2ETest extends EndToEndTest {

    @Test
    void rotatesTheRefreshTokenWithinTheSameSession() {
        String email = uniqueEmail("rotate");
        register(email);
        JsonNode login = logInForTokens(email, PASSWORD);

        HttpApi.Response refreshed = refresh(login.path("refresh_token").asString());

        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        JsonNode tokens = refreshed.json();
        assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isEqualTo(900);
        assertThat(tokens.path("refresh_expires_in").asLong()).isBetween(14 * 24 * 3600L - 5, 14 * 24 * 3600L);
        assertThat(tokens.path("refresh_token").asString())
                .isNotEqualTo(login.path("refresh_token").asString());
        String accessToken = tokens.path("access_token").asString();
        assertThat(jwtPart(accessToken, 1).path("sid").asString())
                .isEqualTo(jwtPart(login.path("access_token").asString(), 1)
                        .path("sid")
                        .asString());
        assertThat(api.get("/api/v1/users/me", accessToken).status()).isEqualTo(200);

        // The new token works in turn.
        assertThat(refresh(tokens.path("refresh_token").asString()).status()).isEqualTo(200);
    }

    /** Contract v2: with the default (no grace window), a replay however soon ends the session. */
    @Test
    void aReplayedTokenEndsTheWholeSessionHoweverSoonItComes() {
        String email = uniqueEmail("replay");
        register(email);
        String first = logInForTokens(email, PASSWORD).path("refresh_token").asString();
        String second = refresh(first).json().path("refresh_token").asString();

        assertProblem(refresh(first), 401, "invalid-refresh-token");

        // The thief's replay cost the owner the session too: its newest token is dead.
        assertProblem(refresh(second), 401, "invalid-refresh-token");
    }

    /** The row lock decides: one rotation, the others see a spent token (and may end the session). */
    @Test
    void ofParallelRefreshesOfOneTokenExactlyOneSucceeds() throws Exception {
        List<HttpApi.Response> responses = RefreshRace.run(this, 6);

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1);
        responses.stream()
                .filter(r -> r.status() != 200)
                .forEach(loser -> assertProblem(loser, 401, "invalid-refresh-token"));
    }

    @Test
    void refusesUnknownAndMalformedRefreshRequests() {
        assertProblem(refresh("not-a-token-we-issued"), 401, "invalid-refresh-token");
        assertProblem(api.post("/api/v1/auth/refresh", body(), null), 400, "validation-failed");
        assertProblem(api.post("/api/v1/auth/refresh", body("refresh_token", 12), null), 400, "malformed-request");
        assertProblem(api.post("/api/v1/auth/refresh", body("refreshToken", "x"), null), 400, "malformed-request");
    }

    @Test
    void logoutEndsTheSessionAndIsIdempotent() {
        String email = uniqueEmail("bye");
        register(email);
        String token = logInForTokens(email, PASSWORD).path("refresh_token").asString();

        assertThat(api.post("/api/v1/auth/logout", body("refresh_token", token), null)
                        .status())
                .isEqualTo(204);
        assertProblem(refresh(token), 401, "invalid-refresh-token");
        assertThat(api.post("/api/v1/auth/logout", body("refresh_token", token), null)
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/auth/logout", body("refresh_token", "never-issued"), null)
                        .status())
                .isEqualTo(204);
    }
}
