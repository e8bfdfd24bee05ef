package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

class OwnProfileE2ETest extends EndToEndTest {

    @Test
    void showsTheCallersOwnAccount() {
        String email = uniqueEmail("me");
        String id = register(email);

        HttpApi.Response me = api.get("/api/v1/users/me", logIn(email, PASSWORD));

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(id);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("mfaEnabled")).isEqualTo(BooleanNode.FALSE);
        assertThat(me.body()).doesNotContain("password").doesNotContain("$2a$");
    }

    @Test
    void changesAndClearsTheDisplayName() {
        String token = userToken();

        HttpApi.Response renamed = api.patch("/api/v1/users/me", body("displayName", "  Grace Hopper "), token);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("displayName").asString()).isEqualTo("Grace Hopper");
        assertThat(renamed.json().path("mfaEnabled")).isEqualTo(BooleanNode.FALSE);
        assertThat(api.get("/api/v1/users/me", token).json().path("displayName").asString())
                .isEqualTo("Grace Hopper");

        HttpApi.Response cleared = api.patch("/api/v1/users/me", "{\"displayName\": null}", token);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("displayName").isNull()).isTrue();
    }

    @Test
    void refusesToSelfAssignRolesOrStanding() {
        String token = userToken();

        assertProblem(api.patch("/api/v1/users/me", body("roles", List.of("ADMIN")), token), 400, "malformed-request");
        assertProblem(
                api.patch("/api/v1/users/me", body("displayName", "x", "enabled", true), token),
                400,
                "malformed-request");
        assertProblem(api.patch("/api/v1/users/me", body("displayName", 7), token), 400, "malformed-request");
        assertProblem(
                api.patch("/api/v1/users/me", body("displayName", "x".repeat(101)), token), 400, "validation-failed");

        JsonNode me = api.get("/api/v1/users/me", token).json();
        assertThat(me.path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(me.path("displayName").isNull()).isTrue();
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() {
        String email = uniqueEmail("rotate");
        register(email);
        String token = logIn(email, PASSWORD);

        HttpApi.Response changed = api.put(
                "/api/v1/users/me/password",
                body("currentPassword", PASSWORD, "newPassword", "a much better secret"),
                token);

        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertProblem(
                api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null),
                401,
                "invalid-credentials");
        assertThat(logIn(email, "a much better secret")).isNotBlank();
    }

    @Test
    void refusesAWrongCurrentPasswordAndAWeakNewOne() {
        String email = uniqueEmail("keep");
        register(email);
        String token = logIn(email, PASSWORD);

        assertProblem(
                api.put(
                        "/api/v1/users/me/password",
                        body("currentPassword", "not the password", "newPassword", "a much better secret"),
                        token),
                400,
                "invalid-current-password");
        HttpApi.Response weak = api.put(
                "/api/v1/users/me/password", body("currentPassword", PASSWORD, "newPassword", "12345678"), token);
        assertProblem(weak, 400, "validation-failed");
        assertThat(weak.json().path("errors").get(0).path("field").asString()).isEqualTo("newPassword");

        assertThat(logIn(email, PASSWORD)).isNotBlank();
    }

    /** Contract v2: wrong current passwords count towards the account's lockout. */
    @Test
    void wrongCurrentPasswordsLockTheAccountAndThenThePasswordChangeAnswers429() {
        String email = uniqueEmail("oracle");
        register(email);
        String token = logIn(email, PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertProblem(
                    api.put(
                            "/api/v1/users/me/password",
                            body("currentPassword", "guess number " + i, "newPassword", "a much better secret"),
                            token),
                    400,
                    "invalid-current-password");
        }

        HttpApi.Response locked = api.put(
                "/api/v1/users/me/password",
                body("currentPassword", PASSWORD, "newPassword", "a much better secret"),
                token);

        assertProblem(locked, 429, "too-many-attempts");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 30);
        assertProblem(
                api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null),
                429,
                "too-many-attempts");
    }

    @Test
    void needsAValidBearerToken() {
        for (HttpApi.Response response : List.of(
                api.get("/api/v1/users/me", null),
                api.get("/api/v1/users/me", "not.a.jwt"),
                api.patch("/api/v1/users/me", body("displayName", "x"), null),
                api.put(
                        "/api/v1/users/me/password",
                        body("currentPassword", PASSWORD, "newPassword", "whatever123!"),
                        null))) {
            assertProblem(response, 401, "unauthorized");
            assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void refusesATokenWithATamperedPayload() {
        String token = userToken();
        String[] parts = token.split("\\.");
        String forgedClaims = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(jwtPart(token, 1)
                        .toString()
                        .replace("\"USER\"", "\"ADMIN\"")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        HttpApi.Response response = api.get("/api/v1/users", parts[0] + "." + forgedClaims + "." + parts[2]);

        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
