package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginE2ETest extends EndToEndTest {

    @Test
    void answersWithAnOAuthStyleTokenResponse() {
        String email = uniqueEmail("login");
        String id = register(email);

        HttpApi.Response response = api.post("/api/v1/auth/login", body("email", email, "password", PASSWORD), null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode tokens = response.json();
        assertThat(tokens.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isEqualTo(900);
        assertThat(tokens.path("refresh_expires_in").asLong()).isEqualTo(14 * 24 * 3600);
        assertThat(tokens.path("refresh_token").asString()).matches("[A-Za-z0-9_-]{43,}");
        assertThat(response.header("Cache-Control")).contains("no-store");

        String accessToken = tokens.path("access_token").asString();
        JsonNode header = jwtPart(accessToken, 0);
        assertThat(header.path("alg").asString()).isEqualTo("RS256");
        assertThat(header.path("typ").asString()).isEqualTo("at+jwt");
        JsonNode claims = jwtPart(accessToken, 1);
        assertThat(claims.path("iss").asString()).isEqualTo(ISSUER);
        assertThat(claims.path("aud").toString()).contains(AUDIENCE);
        assertThat(claims.path("sub").asString()).isEqualTo(id);
        assertThat(claims.path("email").asString()).isEqualTo(email);
        assertThat(claims.path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(claims.path("sid").asString()).isNotBlank();
        assertThat(claims.path("jti").asString()).isNotBlank();
        long iat = claims.path("iat").asLong();
        assertThat(claims.path("exp").asLong() - iat).isEqualTo(900);
        assertThat(iat).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));

        // The kid is published in the JWKS, so other services can verify the token.
        HttpApi.Response jwks = api.get("/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().path("keys").get(0);
        assertThat(key.path("kid").asString()).isEqualTo(header.path("kid").asString());
        assertThat(key.path("kty").asString()).isEqualTo("RSA");
        assertThat(key.path("use").asString()).isEqualTo("sig");
        assertThat(key.path("alg").asString()).isEqualTo("RS256");
        assertThat(key.path("n").asString()).isNotBlank();
        assertThat(key.path("e").asString()).isEqualTo("AQAB");
        assertThat(key.has("d")).as("no private part in the JWKS").isFalse();
    }

    @Test
    void answersAlikeForUnknownEmailWrongPasswordAndDisabledAccount() {
        String email = uniqueEmail("victim");
        String id = register(email);
        String disabledEmail = uniqueEmail("disabled");
        String disabledId = register(disabledEmail);
        assertThat(api.patch("/api/v1/users/" + disabledId, body("enabled", false), adminToken())
                        .status())
                .isEqualTo(200);

        HttpApi.Response wrongPassword =
                api.post("/api/v1/auth/login", body("email", email, "password", "wrong password!"), null);
        HttpApi.Response unknownEmail =
                api.post("/api/v1/auth/login", body("email", uniqueEmail("nobody"), "password", PASSWORD), null);
        HttpApi.Response disabled =
                api.post("/api/v1/auth/login", body("email", disabledEmail, "password", PASSWORD), null);
        HttpApi.Response notAnEmail =
                api.post("/api/v1/auth/login", body("email", "nobody", "password", PASSWORD), null);

        assertProblem(wrongPassword, 401, "invalid-credentials");
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(disabled.body()).isEqualTo(wrongPassword.body());
        assertThat(notAnEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(id).isNotEqualTo(disabledId);
    }

    @Test
    void refusesAMissingPasswordAsBadInput() {
        assertProblem(api.post("/api/v1/auth/login", body("email", "a@example.com"), null), 400, "validation-failed");
    }
}
