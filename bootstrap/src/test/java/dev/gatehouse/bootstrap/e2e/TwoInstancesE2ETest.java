package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one database, as behind a load balancer (a restart looks the same): what one
 * issues the other accepts, a replay on the other is caught, and a key rotated on one is published
 * by both within a bounded time.
 */
class TwoInstancesE2ETest extends EndToEndTest {
    private ConfigurableApplicationContext second;
    private HttpApi secondApi;

    @BeforeEach
    void startSecondInstance() {
        second = startAnotherInstance();
        secondApi = clientOf(second);
    }

    @AfterEach
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void eachInstanceAcceptsTheOthersTokensSignedWithTheSameKey() {
        String email = uniqueEmail("roaming");
        register(email);
        String tokenFromFirst = logIn(email, PASSWORD);

        HttpApi.Response me = secondApi.get("/api/v1/users/me", tokenFromFirst);
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(secondApi.get("/.well-known/jwks.json", null).body())
                .isEqualTo(api.get("/.well-known/jwks.json", null).body());

        String tokenFromSecond = secondApi
                .post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null)
                .json()
                .path("access_token")
                .asString();
        assertThat(jwtPart(tokenFromSecond, 0).path("kid").asString())
                .isEqualTo(jwtPart(tokenFromFirst, 0).path("kid").asString());
        assertThat(api.get("/api/v1/users/me", tokenFromSecond).status()).isEqualTo(200);
    }

    @Test
    void aTokenRotatedOnOneInstanceAndReplayedOnTheOtherEndsTheSession() {
        String email = uniqueEmail("replayed");
        register(email);
        String first = logInForTokens(email, PASSWORD).path("refresh_token").asString();
        String rotated = refresh(first).json().path("refresh_token").asString();

        HttpApi.Response replay = secondApi.post("/api/v1/auth/refresh", HttpApi.body("refresh_token", first), null);
        assertProblem(replay, 401, "invalid-refresh-token");

        assertProblem(refresh(rotated), 401, "invalid-refresh-token");
    }

    @Test
    void aKeyRotatedOnOneInstanceIsPublishedAndAcceptedByBothWithinBoundedTime() {
        HttpApi.Response rotation = api.raw("POST", "/api/v1/signing-keys", null, new byte[0], adminToken());
        assertThat(rotation.status()).as(rotation.body()).isEqualTo(201);
        String newKid = rotation.json().path("kid").asString();
        String signedWithNewKey = userToken();
        assertThat(jwtPart(signedWithNewKey, 0).path("kid").asString()).isEqualTo(newKid);

        // Bounded by the key ring's maximum age (10 s), with room for a slow machine.
        Duration took = eventually(Duration.ofSeconds(15), () -> {
            JsonNode keys = secondApi.get("/.well-known/jwks.json", null).json().path("keys");
            assertThat(keys.toString()).contains(newKid);
        });
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        eventually(
                Duration.ofSeconds(5),
                () -> assertThat(secondApi
                                .get("/api/v1/users/me", signedWithNewKey)
                                .status())
                        .isEqualTo(200));
    }

    @Test
    void anMfaTokenFromOneInstanceCompletesOnTheOtherAndItsCodeIsSpentOnBoth() {
        String email = uniqueEmail("two-factor");
        register(email);
        Authenticator app = Authenticator.enrol(api, logIn(email, PASSWORD), PASSWORD);
        String code = app.code();

        HttpApi.Response secondStep = secondApi.post(
                "/api/v1/auth/login/mfa", HttpApi.body("mfaToken", mfaTokenFrom(api, email), "code", code), null);
        assertThat(secondStep.status()).as(secondStep.body()).isEqualTo(200);
        assertThat(jwtPart(secondStep.json().path("access_token").asString(), 1)
                        .path("acr")
                        .asString())
                .isEqualTo("aal2");

        // The same code on the first instance: the step it belongs to is spent for the account.
        assertProblem(
                api.post(
                        "/api/v1/auth/login/mfa",
                        HttpApi.body("mfaToken", mfaTokenFrom(secondApi, email), "code", code),
                        null),
                401,
                "invalid-mfa-code");
    }

    /** The password step of a login on {@code instance}: the mfa token it answers. */
    private static String mfaTokenFrom(HttpApi instance, String email) {
        HttpApi.Response login =
                instance.post("/api/v1/auth/login", HttpApi.body("email", email, "password", PASSWORD), null);
        assertProblem(login, 401, "mfa-required");
        return login.json().path("mfaToken").asString();
    }
}
