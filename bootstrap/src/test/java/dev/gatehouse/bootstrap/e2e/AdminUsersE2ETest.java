package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;

class AdminUsersE2ETest extends EndToEndTest {

    @Test
    void theBootstrapAdminExistsWithTheAdminRole() {
        JsonNode me = api.get("/api/v1/users/me", adminToken()).json();

        assertThat(me.path("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(me.path("roles").toString()).isEqualTo("[\"ADMIN\",\"USER\"]");
        assertThat(jwtPart(adminToken(), 1).path("roles").toString()).contains("ADMIN");
    }

    @Test
    void createsUsersWithDefaultAndGivenRoles() {
        String admin = adminToken();

        HttpApi.Response plain =
                api.post("/api/v1/users", body("email", uniqueEmail("plain"), "password", PASSWORD), admin);
        assertThat(plain.status()).as(plain.body()).isEqualTo(201);
        assertThat(plain.header("Location"))
                .isEqualTo("/api/v1/users/" + plain.json().path("id").asString());
        assertThat(plain.json().path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(plain.json().path("mfaEnabled")).isEqualTo(BooleanNode.FALSE);

        HttpApi.Response second = api.post(
                "/api/v1/users",
                body(
                        "email",
                        uniqueEmail("boss"),
                        "password",
                        PASSWORD,
                        "displayName",
                        "Boss",
                        "roles",
                        List.of("ADMIN")),
                admin);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("roles").toString()).isEqualTo("[\"ADMIN\",\"USER\"]");
        assertThat(second.json().path("displayName").asString()).isEqualTo("Boss");

        assertProblem(
                api.post(
                        "/api/v1/users",
                        body("email", ADMIN_EMAIL.toUpperCase(Locale.ROOT), "password", PASSWORD),
                        admin),
                409,
                "email-taken");
        assertProblem(
                api.post(
                        "/api/v1/users",
                        body("email", uniqueEmail("x"), "password", PASSWORD, "roles", List.of("GOD")),
                        admin),
                400,
                "malformed-request");
    }

    @Test
    void listsNewestFirstWithPagingAndFilters() {
        String admin = adminToken();
        String marker = "list" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(
                                    "/api/v1/users",
                                    body("email", marker + i + "@example.com", "password", PASSWORD),
                                    admin)
                            .status())
                    .isEqualTo(201);
        }

        HttpApi.Response page =
                api.get("/api/v1/users?email=" + marker.toUpperCase(Locale.ROOT) + "&size=2&page=0", admin);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode body = page.json();
        assertThat(body.path("page").asInt()).isZero();
        assertThat(body.path("size").asInt()).isEqualTo(2);
        assertThat(body.path("totalItems").asLong()).isEqualTo(3);
        assertThat(body.path("totalPages").asInt()).isEqualTo(2);
        assertThat(body.path("items").get(0).path("email").asString()).isEqualTo(marker + "2@example.com");
        assertThat(body.path("items").get(1).path("email").asString()).isEqualTo(marker + "1@example.com");
        body.path("items").forEach(u -> assertThat(u.path("mfaEnabled")).isEqualTo(BooleanNode.FALSE));

        JsonNode secondPage = api.get("/api/v1/users?email=" + marker + "&size=2&page=1", admin)
                .json();
        assertThat(secondPage.path("items").get(0).path("email").asString()).isEqualTo(marker + "0@example.com");

        JsonNode admins = api.get("/api/v1/users?role=ADMIN&size=100", admin).json();
        admins.path("items").forEach(u -> assertThat(u.path("roles").toString()).contains("ADMIN"));
        assertThat(admins.path("totalItems").asLong()).isGreaterThanOrEqualTo(1);

        assertThat(api.get("/api/v1/users", admin).json().path("size").asInt()).isEqualTo(20);
        assertProblem(api.get("/api/v1/users?size=0", admin), 400, "validation-failed");
        assertProblem(api.get("/api/v1/users?size=101", admin), 400, "validation-failed");
        assertProblem(api.get("/api/v1/users?page=-1", admin), 400, "validation-failed");
        assertProblem(api.get("/api/v1/users?role=GOD", admin), 400, "validation-failed");
    }

    /** The README and the contract: null clears the display name (it used to be a 500). */
    @Test
    void clearsADisplayNameSentAsNull() {
        String admin = adminToken();
        String id = register(uniqueEmail("named"));
        assertThat(api.patch("/api/v1/users/" + id, body("displayName", "Named"), admin)
                        .status())
                .isEqualTo(200);

        HttpApi.Response cleared = api.patch("/api/v1/users/" + id, "{\"displayName\": null}", admin);

        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().path("displayName").isNull()).isTrue();
        assertThat(api.get("/api/v1/users/" + id, admin)
                        .json()
                        .path("displayName")
                        .isNull())
                .isTrue();
        HttpApi.Response again = api.patch("/api/v1/users/" + id, "{\"displayName\": null}", admin);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
    }

    @Test
    void getsUpdatesAndDeletesAUser() {
        String admin = adminToken();
        String email = uniqueEmail("managed");
        String id = register(email);

        JsonNode managed = api.get("/api/v1/users/" + id, admin).json();
        assertThat(managed.path("email").asString()).isEqualTo(email);
        assertThat(managed.path("mfaEnabled")).isEqualTo(BooleanNode.FALSE);

        HttpApi.Response updated = api.patch(
                "/api/v1/users/" + id,
                body("displayName", "Managed", "roles", List.of("ADMIN", "USER"), "enabled", false),
                admin);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("displayName").asString()).isEqualTo("Managed");
        assertThat(updated.json().path("roles").toString()).isEqualTo("[\"ADMIN\",\"USER\"]");
        assertThat(updated.json().path("enabled").asBoolean()).isFalse();
        assertThat(updated.json().path("mfaEnabled")).isEqualTo(BooleanNode.FALSE);
        assertProblem(
                api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null),
                401,
                "invalid-credentials");

        assertProblem(
                api.patch("/api/v1/users/" + id, body("email", "new@example.com"), admin), 400, "malformed-request");
        assertProblem(api.patch("/api/v1/users/" + id, body("enabled", "yes"), admin), 400, "malformed-request");
        assertProblem(api.patch("/api/v1/users/" + id, "{\"enabled\": null}", admin), 400, "validation-failed");

        assertThat(api.delete("/api/v1/users/" + id, admin).status()).isEqualTo(204);
        assertProblem(api.get("/api/v1/users/" + id, admin), 404, "user-not-found");
        assertProblem(api.delete("/api/v1/users/" + id, admin), 404, "user-not-found");
        assertProblem(api.patch("/api/v1/users/" + id, body("displayName", "ghost"), admin), 404, "user-not-found");
        assertProblem(api.get("/api/v1/users/not-a-uuid", admin), 400, "invalid-id");
    }

    @Test
    void forbidsEveryAdminEndpointToPlainUsersWhetherOrNotTheTargetExists() {
        String user = userToken();
        String someone = UUID.randomUUID().toString();

        for (HttpApi.Response response : List.of(
                api.get("/api/v1/users", user),
                api.post("/api/v1/users", body("email", uniqueEmail("x"), "password", PASSWORD), user),
                api.get("/api/v1/users/" + someone, user),
                api.get("/api/v1/users/not-a-uuid", user),
                api.patch("/api/v1/users/" + someone, body("enabled", false), user),
                api.delete("/api/v1/users/" + someone, user),
                api.get("/actuator/flyway", user))) {
            assertThat(response.status()).as(response.body()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/users", null).status()).isEqualTo(401);
    }
}
