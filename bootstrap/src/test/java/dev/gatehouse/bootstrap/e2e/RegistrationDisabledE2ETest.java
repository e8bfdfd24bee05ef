package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "app.auth.self-registration-enabled=false")
class RegistrationDisabledE2ETest extends EndToEndTest {

    @Test
    void refusesSelfRegistrationButAdminsCanStillCreateAccounts() {
        String email = uniqueEmail("closed");

        assertProblem(
                api.post("/api/v1/auth/register", body("email", email, "password", PASSWORD), null),
                403,
                "registration-disabled");

        HttpApi.Response created = api.post("/api/v1/users", body("email", email, "password", PASSWORD), adminToken());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(logIn(email, PASSWORD)).isNotBlank();
    }
}
