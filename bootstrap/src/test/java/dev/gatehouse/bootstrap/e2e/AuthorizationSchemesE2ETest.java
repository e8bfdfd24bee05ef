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
    void twoAuthorizationHeadersAreRefusedWhicheverComesFirst() {
        String token = userToken();
        for (List<String> headers : List.of(
                List.of("Bearer " + token, "Bearer " + token),
                List.of("Bearer " + token, "Basic dXNlcjpwYXNz"),
                List.of("Bearer garbage", "Bearer " + token))) {
            HttpApi.Response response = api.getWithAuthorizations("/api/v1/users/me", headers);

            assertProblem(response, 401, "unauthorized");
            assertThat(response.header("WWW-Authenticate"))
                    .as(headers.toString())
                    .startsWith("Bearer");
        }
    }

    @Test
    void theSameTokenUnderBearerIsTaken() {
        assertThat(api.get("/api/v1/users/me", userToken()).status()).isEqualTo(200);
    }

    @Test
    void aBearerTokenSentWhereNoneIsUsedIsIgnoredButHealthChecksIt() {
        for (String token : List.of("garbage", userToken() + "x")) {
            Map<String, String> header = Map.of("Authorization", "Bearer " + token);
            HttpApi.Response keys = api.getWithHeaders("/.well-known/jwks.json", header);
            assertThat(keys.status()).as(keys.body()).isEqualTo(200);
            assertThat(keys.json().path("keys").size()).isPositive();
            for (String path : List.of("/livez", "/readyz", "/v3/api-docs")) {
                HttpApi.Response answer = api.getWithHeaders(path, header);
                assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
            }
            // Health shows an admin's token the components' details, so a token sent there counts.
            HttpApi.Response health = api.getWithHeaders("/actuator/health", header);
            assertThat(health.status()).as(health.body()).isEqualTo(401);
            assertThat(health.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        }
    }
}
