package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

class RegistrationE2ETest extends EndToEndTest {

    @Test
    void registersAUserAndAnswersWithItsLocation() {
        HttpApi.Response response = api.post(
                "/api/v1/auth/register",
                body("email", "  Ada.Lovelace@Example.COM ", "password", PASSWORD, "displayName", "Ada"),
                null);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode user = response.json();
        String id = user.path("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/v1/users/" + id);
        assertThat(user.path("email").asString()).isEqualTo("ada.lovelace@example.com");
        assertThat(user.path("displayName").asString()).isEqualTo("Ada");
        assertThat(user.path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(user.path("mfaEnabled")).as("a new account's MFA is off").isEqualTo(BooleanNode.FALSE);
        assertThat(user.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(user.path("updatedAt").asString())
                .isEqualTo(user.path("createdAt").asString());
        assertThat(response.body()).doesNotContain("password").doesNotContain("$2a$");

        String token = logIn("ADA.LOVELACE@example.com", PASSWORD);
        JsonNode me = api.get("/api/v1/users/me", token).json();
        assertThat(me.path("id").asString()).isEqualTo(id);
        assertThat(me.path("mfaEnabled")).isEqualTo(BooleanNode.FALSE);
    }

    @Test
    void displayNameIsOptionalAndThenNull() {
        HttpApi.Response response =
                api.post("/api/v1/auth/register", body("email", uniqueEmail("nameless"), "password", PASSWORD), null);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("displayName").isNull()).isTrue();
    }

    @Test
    void refusesATakenEmailWhateverItsCase() {
        String email = uniqueEmail("twin");
        register(email);

        assertProblem(
                api.post(
                        "/api/v1/auth/register",
                        body("email", email.toUpperCase(Locale.ROOT), "password", PASSWORD),
                        null),
                409,
                "email-taken");
    }

    @Test
    void refusesAnInvalidEmailWithAFieldError() {
        HttpApi.Response response =
                api.post("/api/v1/auth/register", body("email", "not-an-email", "password", PASSWORD), null);

        assertProblem(response, 400, "validation-failed");
        assertThat(response.json().path("errors").get(0).path("field").asString())
                .isEqualTo("email");
        assertThat(response.json().path("errors").get(0).path("message").asString())
                .isNotBlank();
    }

    @Test
    void refusesPasswordsAgainstThePolicy() {
        String email = uniqueEmail("policy");
        for (String password : new String[] {"short", "password", "x".repeat(73), email}) {
            HttpApi.Response response =
                    api.post("/api/v1/auth/register", body("email", email, "password", password), null);
            assertProblem(response, 400, "validation-failed");
            assertThat(response.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("password");
        }
        HttpApi.Response tooLong =
                api.post("/api/v1/auth/register", body("email", email, "password", "é".repeat(37)), null);
        assertThat(tooLong.json().path("errors").get(0).path("message").asString())
                .contains("72 bytes");

        assertProblem(
                api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null),
                401,
                "invalid-credentials");
    }

    @Test
    void refusesFieldsItDoesNotAcceptAndCreatesNothing() {
        String email = uniqueEmail("sneaky");

        assertProblem(
                api.post(
                        "/api/v1/auth/register",
                        body("email", email, "password", PASSWORD, "roles", java.util.List.of("ADMIN")),
                        null),
                400,
                "malformed-request");
        assertProblem(
                api.post("/api/v1/auth/register", body("email", email, "password", PASSWORD, "enabled", false), null),
                400,
                "malformed-request");
        assertProblem(
                api.post(
                        "/api/v1/auth/register",
                        body("email", email, "password", PASSWORD, "id", "00000000-0000-0000-0000-000000000001"),
                        null),
                400,
                "malformed-request");

        // Nothing was written: the email is still free.
        register(email);
    }

    @Test
    void refusesMalformedJsonAndWrongTypes() {
        assertProblem(
                api.raw(
                        "POST",
                        "/api/v1/auth/register",
                        "application/json",
                        "{\"email\": ".getBytes(StandardCharsets.UTF_8),
                        null),
                400,
                "malformed-request");
        assertProblem(
                api.post("/api/v1/auth/register", "{\"email\": 42, \"password\": \"" + PASSWORD + "\"}", null),
                400,
                "malformed-request");
        assertProblem(api.post("/api/v1/auth/register", "[]", null), 400, "malformed-request");
        assertProblem(api.post("/api/v1/auth/register", body("password", PASSWORD), null), 400, "validation-failed");
    }

    @Test
    void refusesOtherContentTypesAndHugeBodies() {
        assertProblem(
                api.raw(
                        "POST",
                        "/api/v1/auth/register",
                        "text/plain",
                        "email=a@example.com".getBytes(StandardCharsets.UTF_8),
                        null),
                415,
                "unsupported-media-type");

        byte[] huge = ("{\"email\":\"big@example.com\",\"password\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertProblem(
                api.raw("POST", "/api/v1/auth/register", "application/json", huge, null), 413, "payload-too-large");
    }
}
