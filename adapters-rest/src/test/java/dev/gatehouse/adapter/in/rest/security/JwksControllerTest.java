package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.key.SigningKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

@WebMvcTest
class JwksControllerTest extends SliceTest {
    @Test
    void publishesEveryVerificationKeyWithoutAToken() throws Exception {
        SigningKey retired = SigningKey.generate(Instant.parse("2025-01-01T00:00:00Z"));
        useCases.publishKeys(List.of(TestTokens.SIGNING_KEY.verificationKey(), retired.verificationKey()));

        String body = mvc.perform(get("/.well-known/jwks.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys", hasSize(2)))
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"))
                .andExpect(jsonPath("$.keys[0].kid").value(TestTokens.SIGNING_KEY.kid()))
                .andExpect(jsonPath("$.keys[0].use").value("sig"))
                .andExpect(jsonPath("$.keys[0].alg").value("RS256"))
                .andExpect(jsonPath("$.keys[1].kid").value(retired.kid()))
                .andExpect(jsonPath("$.keys[0].d").doesNotExist())
                .andExpect(jsonPath("$.keys[0].p").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();

        // A standard JWKS reader gets back exactly our public key.
        RSAKey published = (RSAKey) JWKSet.parse(body).getKeyByKeyId(TestTokens.SIGNING_KEY.kid());
        assertThat(published.toRSAPublicKey()).isEqualTo(TestTokens.SIGNING_KEY.publicKey());
        assertThat(published.isPrivate()).isFalse();
    }
}
