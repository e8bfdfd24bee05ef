package dev.gatehouse.adapter.in.rest.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OAuth 2.0 protected resource metadata (RFC 9728) says only what holds, and no 401 points to
 * it: the challenges are the contract's.
 */
@WebMvcTest
class ProtectedResourceMetadataTest {
    private static final String METADATA = "/.well-known/oauth-protected-resource";

    @Autowired
    MockMvc mvc;

    @Test
    void claimsNoCertificateBoundTokensAndNamesTheHeaderAsTheOnlyWayToSendOne() throws Exception {
        mvc.perform(get(METADATA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resource").value("http://localhost"))
                .andExpect(jsonPath("$.bearer_methods_supported", contains("header")))
                .andExpect(
                        jsonPath("$.tls_client_certificate_bound_access_tokens").value(false))
                .andExpect(jsonPath("$", not(hasKey("authorization_servers"))))
                .andExpect(jsonPath("$", not(hasKey("scopes_supported"))))
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void noChallengeAdvertisesTheDocument() throws Exception {
        mvc.perform(get("/api/v1/users/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
        mvc.perform(get("/api/v1/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer not.a.token"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""));
    }
}
