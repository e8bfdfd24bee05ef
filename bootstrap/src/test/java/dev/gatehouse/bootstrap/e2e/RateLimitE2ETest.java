package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(
        properties = {"app.rate-limit.enabled=true", "app.rate-limit.capacity=3", "app.rate-limit.refill-period=PT1H"})
class RateLimitE2ETest extends EndToEndTest {

    @Test
    void limitsAuthRequestsPerClientAddressOnly() {
        String token = null;
        for (int i = 0; i < 3; i++) {
            HttpApi.Response response =
                    api.post("/api/v1/auth/login", body("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), null);
            assertThat(response.status()).isEqualTo(200);
            token = response.json().path("access_token").asString();
        }

        HttpApi.Response limited =
                api.post("/api/v1/auth/login", body("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD), null);

        assertProblem(limited, 429, "rate-limited");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isPositive();
        assertProblem(
                api.post("/api/v1/auth/register", body("email", uniqueEmail("late"), "password", PASSWORD), null),
                429,
                "rate-limited");
        // Only /api/v1/auth/* is limited.
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);
        assertThat(api.get("/.well-known/jwks.json", null).status()).isEqualTo(200);
    }
}
