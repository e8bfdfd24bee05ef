package dev.gatehouse.bootstrap.e2e;

import static dev.gatehouse.bootstrap.e2e.HttpApi.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gatehouse takes access tokens in {@code Authorization: Bearer} only. A token presented under
 * another scheme (DPoP, which Spring Security would otherwise take on by itself, or Basic) is no
 * token: a public endpoint goes on without one, and anything else gets the contract's 401 problem
 * with a {@code Bearer} challenge.
 */
class AuthorizationSchemesE2ETest extends EndToEndTest {
    /** A syntactically valid DPoP proof is beside the point: the scheme itself is not taken. */
    private static final String SOME_PROOF = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IlJTMjU2In0.e30.c2ln";

    @Test
    void aValidAccessTokenUnderTheDpopSchemeIsNoToken() {
        String token = userToken();

        for (Map<String, String> headers : List.of(
                Map.of("Authorization", "DPoP " + token),
                Map.of("Authorization", "DPoP " + token, "DPoP", SOME_PROOF),
                Map.of("Authorization", "dpop " + token))) {
            HttpApi.Response response = api.getWithHeaders("/api/v1/users/me", headers);

            assertProblem(response, 401, "unauthorized");
            assertThat(response.header("WWW-Authenticate"))
                    .as(headers.toString())
                    .isEqualTo("Bearer");
        }
    }

    @Test
    void aBasicHeaderIsNoTokenEither() {
        HttpApi.Response response =
                api.getWithHeaders("/api/v1/users/me", Map.of("Authorization", "Basic dXNlcjpwYXNz"));

        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aPublicEndpointGoesOnWithoutATokenUnderAnotherScheme() {
        String email = uniqueEmail("dpop");
        api.post("/api/v1/auth/register", body("email", email, "password", PASSWORD), null);

        HttpApi.Response login = api.postWithHeaders(
                "/api/v1/auth/login",
                body("email", email, "password", PASSWORD),
                Map.of("Authorization", "DPoP not-even-a-token", "DPoP", SOME_PROOF));

        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().path("access_token").asString()).isNotEmpty();
    }

    @Test
    void theSameTokenUnderBearerIsTaken() {
        assertThat(api.get("/api/v1/users/me", userToken()).status()).isEqualTo(200);
    }
}
