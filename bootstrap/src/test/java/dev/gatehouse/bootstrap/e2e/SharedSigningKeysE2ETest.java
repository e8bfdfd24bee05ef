package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.bootstrap.GatehouseApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second instance on the same database (which is also what a restart looks like) signs and
 * verifies with the same key: the key is created once, stored, and read by every instance.
 */
class SharedSigningKeysE2ETest extends EndToEndTest {
    @Autowired
    private Environment firstInstance;

    @Test
    void aSecondInstanceOnTheSameDatabaseAcceptsTheFirstInstancesTokensAndViceVersa() {
        String email = uniqueEmail("roaming");
        register(email);
        String tokenFromFirst = logIn(email, PASSWORD);

        try (ConfigurableApplicationContext second = startSecondInstance()) {
            HttpApi secondApi = new HttpApi(second.getEnvironment().getRequiredProperty("local.server.port", Integer.class));

            HttpApi.Response me = secondApi.get("/api/v1/users/me", tokenFromFirst);
            assertThat(me.status()).as(me.body()).isEqualTo(200);
            assertThat(me.json().path("email").asString()).isEqualTo(email);
            assertThat(secondApi.get("/.well-known/jwks.json", null).body())
                    .isEqualTo(api.get("/.well-known/jwks.json", null).body());

            String tokenFromSecond = secondApi.post("/api/v1/auth/login",
                    HttpApi.body("email", email, "password", PASSWORD), null).json().path("access_token").asString();
            assertThat(jwtPart(tokenFromSecond, 0).path("kid").asString())
                    .isEqualTo(jwtPart(tokenFromFirst, 0).path("kid").asString());
            assertThat(api.get("/api/v1/users/me", tokenFromSecond).status()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext startSecondInstance() {
        return new SpringApplicationBuilder(GatehouseApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + firstInstance.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + firstInstance.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + firstInstance.getProperty("spring.datasource.password", ""),
                "--app.auth.issuer=" + ISSUER,
                "--app.auth.audience=" + AUDIENCE,
                "--app.auth.bcrypt-cost=4");
    }
}
