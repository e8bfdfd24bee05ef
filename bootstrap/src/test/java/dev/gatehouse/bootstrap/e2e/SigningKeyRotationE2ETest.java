package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SigningKeyRotationE2ETest extends EndToEndTest {

    @Test
    void anAdminRotatesTheKeyWithoutInvalidatingLiveTokens() {
        String admin = adminToken();
        String userBefore = userToken();
        String oldKid = jwtPart(userBefore, 0).path("kid").asString();

        HttpApi.Response rotated = api.raw("POST", "/api/v1/signing-keys", null, new byte[0], admin);

        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        JsonNode newKey = rotated.json();
        String newKid = newKey.path("kid").asString();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(newKey.path("kty").asString()).isEqualTo("RSA");
        assertThat(newKey.has("d")).isFalse();

        JsonNode keys = api.get("/.well-known/jwks.json", null).json().path("keys");
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys.get(0).path("kid").asString()).isEqualTo(newKid);
        assertThat(keys.get(1).path("kid").asString()).isEqualTo(oldKid);

        // Tokens signed with the retired key keep working; new ones use the new key.
        assertThat(api.get("/api/v1/users/me", userBefore).status()).isEqualTo(200);
        String userAfter = userToken();
        assertThat(jwtPart(userAfter, 0).path("kid").asString()).isEqualTo(newKid);
        assertThat(api.get("/api/v1/users/me", userAfter).status()).isEqualTo(200);
    }

    @Test
    void onlyAdminsMayRotate() {
        HttpApi.Response response = api.raw("POST", "/api/v1/signing-keys", null, new byte[0], userToken());

        assertThat(response.status()).isEqualTo(403);
        assertThat(api.raw("POST", "/api/v1/signing-keys", null, new byte[0], null)
                        .status())
                .isEqualTo(401);
    }
}
