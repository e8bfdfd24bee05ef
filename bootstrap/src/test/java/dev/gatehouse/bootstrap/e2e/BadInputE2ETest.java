package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless input over real HTTP: every answer is a 4xx problem, never a 5xx, and a
 * rejected request writes nothing.
 */
class BadInputE2ETest extends EndToEndTest {

    private long accounts(String admin) {
        return api.get("/api/v1/users?size=1", admin).json().path("totalItems").asLong();
    }

    private static void assertClientError(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body())
                .doesNotContain("Exception")
                .doesNotContain("at dev.")
                .doesNotContain("SQL");
    }

    @Test
    void rejectsMalformedRegistrationsWithoutWritingAnything() {
        String admin = adminToken();
        long before = accounts(admin);
        String email = uniqueEmail("bad");
        List<HttpApi.Response> responses = new ArrayList<>();
        byte[] huge = ("{\"email\":\"" + email + "\",\"password\":\"" + "p".repeat(1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (String json : List.of(
                "{",
                "nonsense",
                "null",
                "[]",
                "\"a string\"",
                "{\"email\": [], \"password\": \"" + PASSWORD + "\"}",
                "{\"email\": \"" + email + "\", \"password\": 12345678}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"roles\": [\"ADMIN\"]}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"enabled\": true}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"id\": \""
                        + java.util.UUID.randomUUID() + "\"}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\"} trailing",
                "{\"email\": \"" + email + "\", \"email\": \"other@example.com\", \"password\": \"" + PASSWORD + "\"}",
                "{\"email\": \"" + "a".repeat(300) + "@example.com\", \"password\": \"" + PASSWORD + "\"}",
                "{\"email\": \"" + email + "\", \"password\": \"" + "x".repeat(1000) + "\"}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \""
                        + "n".repeat(500) + "\"}",
                "{\"email\": \"nul\\u0000" + email + "\", \"password\": \"" + PASSWORD + "\"}",
                "{\"email\": \"rtl\\u202e" + email + "\", \"password\": \"" + PASSWORD + "\"}",
                "{\"email\": \"zero\\u200bwidth" + email + "\", \"password\": \"" + PASSWORD + "\"}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": \"Ada\\u0000\"}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD
                        + "\", \"displayName\": \"evil\\u202egnp.exe\"}",
                "{\"email\": \"" + email + "\", \"password\": \"" + PASSWORD + "\", \"displayName\": 42}")) {
            responses.add(api.raw(
                    "POST", "/api/v1/auth/register", "application/json", json.getBytes(StandardCharsets.UTF_8), null));
        }
        responses.add(api.raw("POST", "/api/v1/auth/register", "application/json", huge, null));
        responses.add(api.raw(
                "POST",
                "/api/v1/auth/register",
                "text/plain",
                ("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8),
                null));
        responses.add(api.raw(
                "POST", "/api/v1/auth/register", "application/xml", "<user/>".getBytes(StandardCharsets.UTF_8), null));
        responses.add(
                api.raw("POST", "/api/v1/auth/register", "application/json", new byte[] {(byte) 0xC3, 0x28}, null));

        responses.forEach(BadInputE2ETest::assertClientError);
        assertThat(responses.get(responses.size() - 4).status()).isEqualTo(413);
        assertThat(responses.get(responses.size() - 3).status()).isEqualTo(415);
        assertThat(accounts(admin)).as("nothing was written").isEqualTo(before);
        // The email is still free: a proper registration now succeeds.
        register(email);
    }

    @Test
    void rejectsMassAssignmentAndBadValuesOnAccountUpdates() {
        String admin = adminToken();
        String email = uniqueEmail("target");
        String id = register(email);
        String user = logIn(email, PASSWORD);
        String before = api.get("/api/v1/users/" + id, admin).body();

        List<HttpApi.Response> responses = List.of(
                api.patch("/api/v1/users/me", body("roles", List.of("ADMIN")), user),
                api.patch("/api/v1/users/me", body("enabled", false), user),
                api.patch(
                        "/api/v1/users/me",
                        body("id", java.util.UUID.randomUUID().toString()),
                        user),
                api.patch("/api/v1/users/me", body("email", "new@example.com"), user),
                api.patch("/api/v1/users/me", body("displayName", List.of("a")), user),
                api.patch("/api/v1/users/me", "{\"displayName\": \"\\u0000\"}", user),
                api.patch("/api/v1/users/" + id, body("roles", List.of("ROOT")), admin),
                api.patch("/api/v1/users/" + id, body("roles", "ADMIN"), admin),
                api.patch("/api/v1/users/" + id, body("enabled", "false"), admin),
                api.patch("/api/v1/users/" + id, body("enabled", 0), admin),
                api.patch(
                        "/api/v1/users/" + id,
                        body("id", java.util.UUID.randomUUID().toString()),
                        admin),
                api.patch("/api/v1/users/" + id, body("password", "sneaky password"), admin),
                api.put(
                        "/api/v1/users/me/password",
                        body("currentPassword", PASSWORD, "newPassword", "x".repeat(100)),
                        user),
                api.put("/api/v1/users/me/password", body("currentPassword", PASSWORD), user),
                api.put(
                        "/api/v1/users/me/password",
                        body("currentPassword", 1, "newPassword", "a fine new secret"),
                        user),
                api.get("/api/v1/users/%00", admin),
                api.get("/api/v1/users/12345", admin),
                api.get("/api/v1/users/" + id + "x", admin),
                api.delete("/api/v1/users/not-a-uuid", admin),
                api.get("/api/v1/users?page=abc", admin),
                api.get("/api/v1/users?size=1e3", admin),
                api.get("/api/v1/audit-events?userId=not-a-uuid", admin),
                api.get("/api/v1/audit-events?type=NOT_A_TYPE", admin),
                api.delete("/api/v1/users/me/sessions/not-a-uuid", user));

        responses.forEach(BadInputE2ETest::assertClientError);
        assertThat(api.get("/api/v1/users/" + id, admin).body())
                .as("nothing was written")
                .isEqualTo(before);
        assertThat(logIn(email, PASSWORD)).as("the password is unchanged").isNotBlank();
    }
}
