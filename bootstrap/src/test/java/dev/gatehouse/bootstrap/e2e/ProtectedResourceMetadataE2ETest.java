package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OAuth 2.0 protected resource metadata (RFC 9728) claims nothing that does not hold (no
 * certificate-bound tokens), and no 401 points to it.
 */
class ProtectedResourceMetadataE2ETest extends EndToEndTest {

    @Test
    void publishesOnlyWhatHolds() {
        HttpApi.Response response = api.get("/.well-known/oauth-protected-resource", null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode metadata = response.json();
        assertThat(metadata.path("tls_client_certificate_bound_access_tokens").asBoolean(true))
                .isFalse();
        assertThat(metadata.path("bearer_methods_supported").toString()).isEqualTo("[\"header\"]");
        assertThat(metadata.path("resource").asString()).startsWith("http://localhost:");
        assertThat(metadata.propertyNames())
                .containsExactlyInAnyOrder(
                        "resource", "bearer_methods_supported", "tls_client_certificate_bound_access_tokens");
    }

    @Test
    void noChallengeAdvertisesIt() {
        assertThat(api.get("/api/v1/users/me", null).headers("WWW-Authenticate"))
                .containsExactly("Bearer");
        assertThat(api.get("/api/v1/users/me", "not.a.token").headers("WWW-Authenticate"))
                .containsExactly("Bearer error=\"invalid_token\"");
    }
}
