package dev.gatehouse.adapter.in.rest.admin;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.StubUseCases;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyCommand;
import dev.gatehouse.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;

@WebMvcTest
class SigningKeyControllerTest extends SliceTest {
    private static final UserId ADMIN = UserId.newId();

    @Test
    void anAdminRotatesTheKeyAndGets201WithItsPublicJwk() throws Exception {
        String body = mvc.perform(post("/api/v1/signing-keys").with(asAdmin(ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(jsonPath("$.kid").value(StubUseCases.ROTATED_KEY.kid()))
                .andExpect(jsonPath("$.kty").value("RSA"))
                .andExpect(jsonPath("$.use").value("sig"))
                .andExpect(jsonPath("$.alg").value("RS256"))
                .andExpect(jsonPath("$.e").value("AQAB"))
                .andExpect(jsonPath("$.n").isString())
                .andExpect(jsonPath("$.d").doesNotExist())
                .andExpect(jsonPath("$.p").doesNotExist())
                .andReturn()
                .getResponse()
                .getContentAsString();

        RSAKey published = (RSAKey) JWK.parse(body);
        assertThat(published.toRSAPublicKey()).isEqualTo(StubUseCases.ROTATED_KEY.publicKey());
        assertThat(published.isPrivate()).isFalse();
        assertThat(useCases.lastCall(RotateSigningKeyCommand.class).actor()).isEqualTo(ADMIN);
    }

    @Test
    void aUserIs403AndNothingRotates() throws Exception {
        mvc.perform(post("/api/v1/signing-keys").with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
        // Also with a body: the role is checked before anything is read.
        mvc.perform(post("/api/v1/signing-keys")
                        .with(asUser(UserId.newId()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kid\":\"mine\"}"))
                .andExpect(problem(403, "forbidden"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void withoutATokenItIs401() throws Exception {
        mvc.perform(post("/api/v1/signing-keys"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().exists("WWW-Authenticate"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aRequestBodyIsRefusedRatherThanIgnored() throws Exception {
        mvc.perform(post("/api/v1/signing-keys")
                        .with(asAdmin(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kid\":\"mine\"}"))
                .andExpect(problem(400, "malformed-request"))
                .andExpect(jsonPath("$.detail").value("This endpoint takes no request body"));
        mvc.perform(post("/api/v1/signing-keys")
                        .with(asAdmin(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void anEmptyJsonRequestIsFine() throws Exception {
        mvc.perform(post("/api/v1/signing-keys").with(asAdmin(ADMIN)).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isCreated());
    }

    @Test
    void otherMethodsAre405ForAdminsAnd403ForUsers() throws Exception {
        mvc.perform(get("/api/v1/signing-keys").with(asAdmin(ADMIN))).andExpect(problem(405, "method-not-allowed"));
        mvc.perform(get("/api/v1/signing-keys").with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));
    }
}
