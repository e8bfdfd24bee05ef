package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditLogE2ETest extends EndToEndTest {

    private List<JsonNode> events(String query, String admin) {
        HttpApi.Response response = api.get("/api/v1/audit-events?size=100" + query, admin);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().path("items").forEach(items::add);
        return items;
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.path("type").asString()).toList();
    }

    @Test
    void recordsTheLifeOfAnAccountNewestFirst() {
        String admin = adminToken();
        String adminId = api.get("/api/v1/users/me", admin).json().path("id").asString();
        String email = uniqueEmail("audited");
        String id = register(email);
        api.post("/api/v1/auth/login", body("email", email, "password", "wrong password"), null);
        JsonNode tokens = logInForTokens(email, PASSWORD);
        String refreshed = refresh(tokens.path("refresh_token").asString())
                .json()
                .path("refresh_token")
                .asString();
        String access = logInForTokens(email, PASSWORD).path("access_token").asString();
        String otherSession =
                jwtPart(tokens.path("access_token").asString(), 1).path("sid").asString();
        assertThat(api.delete("/api/v1/users/me/sessions/" + otherSession, access)
                        .status())
                .isEqualTo(204);
        api.patch("/api/v1/users/me", body("displayName", "Audited"), access);
        api.put(
                "/api/v1/users/me/password",
                body("currentPassword", PASSWORD, "newPassword", "a fine new secret"),
                access);
        String again =
                logInForTokens(email, "a fine new secret").path("refresh_token").asString();
        api.post("/api/v1/auth/logout", body("refresh_token", again), null);
        api.patch("/api/v1/users/" + id, body("roles", List.of("ADMIN")), admin);
        api.patch("/api/v1/users/" + id, body("enabled", false), admin);
        api.delete("/api/v1/users/" + id, admin);

        List<JsonNode> events = events("&userId=" + id, admin);

        assertThat(types(events))
                .containsSubsequence(
                        "USER_DELETED",
                        "USER_DISABLED",
                        "ROLES_CHANGED",
                        "LOGGED_OUT",
                        "LOGIN_SUCCEEDED",
                        "PASSWORD_CHANGED",
                        "USER_UPDATED",
                        "SESSION_REVOKED",
                        "TOKEN_REFRESHED",
                        "LOGIN_SUCCEEDED",
                        "LOGIN_FAILED",
                        "USER_REGISTERED");
        JsonNode deleted = events.getFirst();
        assertThat(deleted.path("actorId").asString()).isEqualTo(adminId);
        assertThat(deleted.path("userId").asString()).isEqualTo(id);
        assertThat(deleted.path("ip").asString()).isEqualTo("127.0.0.1");
        assertThat(deleted.path("userAgent").asString()).isNotBlank();
        assertThat(deleted.path("occurredAt").asString()).endsWith("Z");
        assertThat(deleted.path("id").asString()).isNotBlank();
        JsonNode failed = events.stream()
                .filter(e -> e.path("type").asString().equals("LOGIN_FAILED"))
                .findFirst()
                .orElseThrow();
        assertThat(failed.path("details").path("reason").asString()).isEqualTo("wrong-password");
        assertThat(events.toString())
                .doesNotContain(PASSWORD)
                .doesNotContain("wrong password")
                .doesNotContain(refreshed)
                .doesNotContain(access)
                .doesNotContain("$2a$");
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i - 1).path("occurredAt").asString())
                    .isGreaterThanOrEqualTo(events.get(i).path("occurredAt").asString());
        }
    }

    @Test
    void recordsThrottlingReuseAndKeyRotation() {
        String admin = adminToken();
        String email = uniqueEmail("noisy");
        String id = register(email);
        for (int i = 0; i < 6; i++) {
            api.post("/api/v1/auth/login", body("email", email, "password", "wrong password"), null);
        }
        String other = uniqueEmail("reused");
        String otherId = register(other);
        String first = logInForTokens(other, PASSWORD).path("refresh_token").asString();
        refresh(first);
        refresh(first);
        api.raw("POST", "/api/v1/signing-keys", null, new byte[0], admin);

        assertThat(types(events("&userId=" + id + "&type=LOGIN_THROTTLED", admin)))
                .containsExactly("LOGIN_THROTTLED");
        assertThat(types(events("&userId=" + otherId + "&type=REFRESH_TOKEN_REUSED", admin)))
                .containsExactly("REFRESH_TOKEN_REUSED");
        List<JsonNode> rotations = events("&type=SIGNING_KEY_ROTATED", admin);
        assertThat(rotations).hasSize(1);
        assertThat(rotations.getFirst().path("details").path("kid").asString()).isNotBlank();
        assertThat(rotations.getFirst().path("userId").isNull()).isTrue();
    }

    @Test
    void pagesAndGuardsTheLog() {
        String admin = adminToken();
        HttpApi.Response page = api.get("/api/v1/audit-events?size=2&page=0", admin);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("size").asInt()).isEqualTo(2);
        assertThat(page.json().path("items").size()).isLessThanOrEqualTo(2);
        assertThat(page.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(Map.of("status", api.get("/api/v1/audit-events", userToken()).status()))
                .containsEntry("status", 403);
        assertProblem(api.get("/api/v1/audit-events?size=101", admin), 400, "validation-failed");
    }
}
