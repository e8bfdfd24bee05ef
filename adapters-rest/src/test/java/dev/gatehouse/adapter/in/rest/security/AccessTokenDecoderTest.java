package dev.gatehouse.adapter.in.rest.security;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingQuery;
import dev.gatehouse.domain.token.IssuerAndAudience;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.ResultActions;

/** Real RS256 tokens through the real decoder: only our own, well-formed, current tokens get in. */
@WebMvcTest
class AccessTokenDecoderTest extends SliceTest {
    private static final UserId ME = UserId.newId();
    private static final SigningKey OUR_KEY = TestTokens.SIGNING_KEY;
    private static final SigningKey FOREIGN_KEY =
            SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z")); // when it was made does not matter

    @Test
    void aTokenWeIssuedIsAccepted() throws Exception {
        withToken(TestTokens.signed(ME, Role.USER)).andExpect(status().isOk());
    }

    @Test
    void theRolesClaimDecidesAdminAccess() throws Exception {
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + TestTokens.signed(ME, Role.USER)))
                .andExpect(problem(403, "forbidden"));
        mvc.perform(get("/api/v1/users")
                        .header("Authorization", "Bearer " + TestTokens.signed(ME, Role.USER, Role.ADMIN)))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        IssuerAndAudience otherIssuer = new IssuerAndAudience("https://evil.test", TestTokens.SETTINGS.audience());
        refused(signedWith(otherIssuer, OUR_KEY, Instant.now().plus(Duration.ofMinutes(5))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        IssuerAndAudience otherAudience = new IssuerAndAudience(TestTokens.SETTINGS.issuer(), "another-api");
        refused(signedWith(otherAudience, OUR_KEY, Instant.now().plus(Duration.ofMinutes(5))));
    }

    @Test
    void aTokenWhoseAudiencesIncludeOursIsAccepted() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(validClaims())
                .audience(List.of("another-api", TestTokens.SETTINGS.audience()))
                .build();
        withToken(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "at+jwt"), claims, rsa(OUR_KEY)))
                .andExpect(status().isOk());
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        refused(signedWith(TestTokens.SETTINGS, OUR_KEY, Instant.now().minus(Duration.ofSeconds(90))));
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsAccepted() throws Exception {
        withToken(signedWith(TestTokens.SETTINGS, OUR_KEY, Instant.now().minus(Duration.ofSeconds(30))))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenOfTypeJwtInsteadOfAtJwtIsRefused() throws Exception {
        refused(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "JWT"), validClaims(), rsa(OUR_KEY)));
        refused(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), null), validClaims(), rsa(OUR_KEY)));
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        PlainHeader header =
                new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build();
        refused(new PlainJWT(header, validClaims()).serialize());
    }

    @Test
    void anHs256TokenKeyedWithOurPublicKeyIsRefused() throws Exception {
        JWSSigner hmac = new MACSigner(OUR_KEY.publicKey().getEncoded());
        refused(sign(jwsHeader(JWSAlgorithm.HS256, OUR_KEY.kid(), "at+jwt"), validClaims(), hmac));
    }

    @Test
    void aTokenSignedByAForeignKeyIsRefusedEvenUnderOurKid() throws Exception {
        refused(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "at+jwt"), validClaims(), rsa(FOREIGN_KEY)));
    }

    @Test
    void aTokenWithAnUnknownKidOrNoKidIsRefused() throws Exception {
        refused(sign(jwsHeader(JWSAlgorithm.RS256, "unknown-kid", "at+jwt"), validClaims(), rsa(OUR_KEY)));
        refused(sign(jwsHeader(JWSAlgorithm.RS256, null, "at+jwt"), validClaims(), rsa(OUR_KEY)));
    }

    @Test
    void aTamperedPayloadIsRefused() throws Exception {
        String[] parts = TestTokens.signed(ME, Role.USER).split("\\.");
        JWTClaimsSet escalated = new JWTClaimsSet.Builder(validClaims())
                .claim("roles", List.of("USER", "ADMIN"))
                .build();
        String payload = Base64URL.encode(escalated.toString().getBytes(StandardCharsets.UTF_8))
                .toString();

        refused(parts[0] + "." + payload + "." + parts[2]);
    }

    @Test
    void aTokenWithoutExpiryOrWithANonUuidSubjectIsRefused() throws Exception {
        JWTClaimsSet noExpiry =
                new JWTClaimsSet.Builder(validClaims()).expirationTime(null).build();
        JWTClaimsSet namedSubject =
                new JWTClaimsSet.Builder(validClaims()).subject("admin").build();
        refused(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "at+jwt"), noExpiry, rsa(OUR_KEY)));
        refused(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "at+jwt"), namedSubject, rsa(OUR_KEY)));
    }

    @Test
    void garbageIsRefused() throws Exception {
        refused("not-a-jwt");
    }

    @Test
    void aRetiredKeyStillVerifiesWhileItIsPublished() throws Exception {
        SigningKey retired = SigningKey.generate(Instant.now().minus(Duration.ofDays(1)));
        useCases.publishKeys(List.of(OUR_KEY.verificationKey(), retired.verificationKey()));

        withToken(signedWith(TestTokens.SETTINGS, retired, Instant.now().plus(Duration.ofMinutes(5))))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenIsAskedAboutWithItsSubjectAndIssueTime() throws Exception {
        Instant issuedAt = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.SECONDS);

        withToken(TestTokens.signed(
                        TestTokens.SETTINGS, OUR_KEY, ME, issuedAt, issuedAt.plus(Duration.ofMinutes(15)), Role.USER))
                .andExpect(status().isOk());

        assertThat(useCases.standingChecks()).containsExactly(new CheckAccessTokenStandingQuery(ME, issuedAt));
    }

    @Test
    void aTokenWhoseAccountNoLongerStandsBehindItIsRefused() throws Exception {
        useCases.answerStanding(false);

        refused(TestTokens.signed(ME, Role.USER));
        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aTokenWithoutIssueTimeIsRefusedWithoutAskingAboutIt() throws Exception {
        JWTClaimsSet noIssueTime =
                new JWTClaimsSet.Builder(validClaims()).issueTime(null).build();

        refused(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "at+jwt"), noIssueTime, rsa(OUR_KEY)));
        assertThat(useCases.standingChecks()).isEmpty();
    }

    @Test
    void aTokenThatBreaksAnotherRuleIsNotAskedAbout() throws Exception {
        refused(signedWith(TestTokens.SETTINGS, OUR_KEY, Instant.now().minus(Duration.ofSeconds(90))));
        refused(sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "at+jwt"), validClaims(), rsa(FOREIGN_KEY)));

        assertThat(useCases.standingChecks()).isEmpty();
    }

    @Test
    void theChallengeNeverTellsWhyATokenFailed() throws Exception {
        String expired = withToken(
                        signedWith(TestTokens.SETTINGS, OUR_KEY, Instant.now().minus(Duration.ofMinutes(5))))
                .andExpect(problem(401, "unauthorized"))
                .andReturn()
                .getResponse()
                .getHeader("WWW-Authenticate");
        String foreign = withToken(
                        sign(jwsHeader(JWSAlgorithm.RS256, OUR_KEY.kid(), "at+jwt"), validClaims(), rsa(FOREIGN_KEY)))
                .andExpect(problem(401, "unauthorized"))
                .andReturn()
                .getResponse()
                .getHeader("WWW-Authenticate");
        useCases.answerStanding(false);
        String revoked = withToken(TestTokens.signed(ME, Role.USER))
                .andExpect(problem(401, "unauthorized"))
                .andReturn()
                .getResponse()
                .getHeader("WWW-Authenticate");

        assertThat(List.of(expired, foreign, revoked)).containsOnly("Bearer error=\"invalid_token\"");
    }

    @Test
    void noTokenIsAPlainChallenge() throws Exception {
        mvc.perform(get("/api/v1/users/me"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    private ResultActions withToken(String token) throws Exception {
        return mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token));
    }

    private void refused(String token) throws Exception {
        withToken(token)
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")));
    }

    private static String signedWith(IssuerAndAudience settings, SigningKey key, Instant expiresAt) {
        return TestTokens.signed(settings, key, ME, expiresAt.minus(Duration.ofMinutes(15)), expiresAt, Role.USER);
    }

    private static JWTClaimsSet validClaims() {
        return TestTokens.claimsFor(ME)
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("USER"))
                .build();
    }

    private static JWSHeader jwsHeader(JWSAlgorithm algorithm, String kid, String type) {
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).keyID(kid);
        return (type == null ? header : header.type(new JOSEObjectType(type))).build();
    }

    private static JWSSigner rsa(SigningKey key) {
        return new RSASSASigner(key.privateKey());
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
