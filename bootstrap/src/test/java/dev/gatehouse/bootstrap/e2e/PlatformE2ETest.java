package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Health, the migration history and the published API description. */
class PlatformE2ETest extends EndToEndTest {

    @Test
    void reportsHealthWithoutDetailsToAnonymousCallers() {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpApi.Response response = api.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.json().path("status").asString()).isEqualTo("UP");
            assertThat(response.json().has("components"))
                    .as(path + " hides its components")
                    .isFalse();
        }
    }

    @Test
    void showsAdminsWhenEachMigrationRan() {
        HttpApi.Response response = api.get("/actuator/flyway", adminToken());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode migrations = response.json().findValue("migrations");
        assertThat(migrations.size()).isGreaterThanOrEqualTo(2);
        migrations.forEach(m -> {
            assertThat(m.path("state").asString()).isEqualTo("SUCCESS");
            assertThat(m.path("installedOn").asString()).isNotBlank();
        });
        assertThat(api.get("/actuator/flyway", null).status()).isEqualTo(401);
    }

    @Test
    void publishesTheOpenApiDocumentAndItsUi() {
        HttpApi.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        JsonNode openApi = docs.json();
        assertThat(openApi.path("openapi").asString()).startsWith("3.");
        for (String path : new String[] {
            "/api/v1/auth/register",
            "/api/v1/auth/login",
            "/api/v1/users/me",
            "/api/v1/users/me/password",
            "/api/v1/users",
            "/api/v1/users/{id}",
            "/.well-known/jwks.json",
            "/api/v1/auth/refresh",
            "/api/v1/auth/logout",
            "/api/v1/users/me/sessions",
            "/api/v1/users/me/sessions/{id}",
            "/api/v1/signing-keys"
        }) {
            assertThat(openApi.path("paths").has(path)).as(path).isTrue();
        }
        assertThat(openApi.path("components").path("securitySchemes").toString())
                .contains("bearer");

        HttpApi.Response ui = api.get("/swagger-ui.html", null);
        assertThat(ui.status()).isIn(200, 302);
    }

    @Test
    void answersUnknownRoutesWithAProblem() {
        HttpApi.Response response = api.get("/api/v1/nothing-here", adminToken());

        assertProblem(response, 404, "not-found");
    }
}
