package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OwnSessionsE2ETest extends EndToEndTest {

    @Test
    void listsTheCallersLiveSessionsNewestFirstAndMarksTheCurrentOne() {
        String email = uniqueEmail("sessions");
        register(email);
        JsonNode laptop = logInForTokens(email, PASSWORD);
        JsonNode phone = logInForTokens(email, PASSWORD);
        String phoneAccess = phone.path("access_token").asString();

        HttpApi.Response response = api.get("/api/v1/users/me/sessions", phoneAccess);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode sessions = response.json();
        assertThat(sessions.size()).isEqualTo(2);
        JsonNode newest = sessions.get(0);
        assertThat(newest.path("id").asString())
                .isEqualTo(jwtPart(phoneAccess, 1).path("sid").asString());
        assertThat(newest.path("current").asBoolean()).isTrue();
        assertThat(sessions.get(1).path("current").asBoolean()).isFalse();
        assertThat(sessions.get(1).path("id").asString())
                .isEqualTo(jwtPart(laptop.path("access_token").asString(), 1)
                        .path("sid")
                        .asString());
        for (String field : new String[] {"createdAt", "lastUsedAt", "expiresAt", "ip"}) {
            assertThat(newest.path(field).asString()).as(field).isNotBlank();
        }
        assertThat(newest.has("userAgent")).isTrue();
        assertThat(response.body()).doesNotContain(phone.path("refresh_token").asString());
    }

    @Test
    void revokesOneSessionSoItsRefreshTokenStopsWorking() {
        String email = uniqueEmail("lost-phone");
        register(email);
        JsonNode laptop = logInForTokens(email, PASSWORD);
        JsonNode phone = logInForTokens(email, PASSWORD);
        String phoneSession =
                jwtPart(phone.path("access_token").asString(), 1).path("sid").asString();
        String laptopAccess = laptop.path("access_token").asString();

        assertThat(api.delete("/api/v1/users/me/sessions/" + phoneSession, laptopAccess)
                        .status())
                .isEqualTo(204);

        assertProblem(refresh(phone.path("refresh_token").asString()), 401, "invalid-refresh-token");
        assertThat(refresh(laptop.path("refresh_token").asString()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me/sessions", laptopAccess).json().size())
                .isEqualTo(1);
    }

    @Test
    void someoneElsesSessionIsNotFound() {
        String owner = uniqueEmail("owner");
        register(owner);
        String ownersSession = jwtPart(logIn(owner, PASSWORD), 1).path("sid").asString();
        String intruder = userToken();

        assertProblem(api.delete("/api/v1/users/me/sessions/" + ownersSession, intruder), 404, "session-not-found");
        assertProblem(api.delete("/api/v1/users/me/sessions/" + UUID.randomUUID(), intruder), 404, "session-not-found");
        assertThat(api.get("/api/v1/users/me/sessions", null).status()).isEqualTo(401);
    }
}
