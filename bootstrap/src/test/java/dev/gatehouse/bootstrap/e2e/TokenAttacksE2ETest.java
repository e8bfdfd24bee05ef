package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Forged and doctored access tokens, each sent as a client would: every one is a 401 with a
 * WWW-Authenticate challenge. The forgeries that need our own key to be "almost right" (wrong
 * iss, aud, typ, expired) are signed with the real private key read from the database, so that
 * only the rule under test can refuse them.
 */
class TokenAttacksE2ETest extends EndToEndTest {
    @Autowired
    private JdbcTemplate jdbc;

    private String kid;
    private RSAPrivateKey ourPrivateKey;
    private String subject;

    @BeforeEach
    void readOurKeyAndAnAccount() throws Exception {
        Map<String, Object> key = jdbc.queryForMap("SELECT kid, private_key FROM signing_keys WHERE active");
        kid = (String) key.get("kid");
        ourPrivateKey = (RSAPrivateKey)
                KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec((byte[]) key.get("private_key")));
        subject = jwtPart(userToken(), 1).path("sub").asString();
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", List.of("USER", "ADMIN"))
                .claim("sid", UUID.randomUUID().toString());
    }

    private JWSHeader.Builder validHeader() {
        return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(new JOSEObjectType("at+jwt"));
    }

    private String signedWithOurKey(JWSHeader header, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new RSASSASigner(ourPrivateKey));
        return jwt.serialize();
    }

    private void assertRefused(String token) {
        HttpApi.Response response = api.get("/api/v1/users/me", token);
        assertProblem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private String withClaims(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = validClaims();
        change.accept(claims);
        return signedWithOurKey(validHeader().build(), claims.build());
    }

    @Test
    void theControlForgeryWithEverythingRightIsAccepted() throws Exception {
        // Proves the refusals below are each down to the one thing they get wrong.
        assertThat(api.get("/api/v1/users/me", withClaims(c -> {})).status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnsignedToken() {
        String none = new PlainJWT(validClaims().build()).serialize();
        assertRefused(none);
        // The same with a header that says alg "none" but names our kid.
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"alg\":\"none\",\"kid\":\"" + kid + "\",\"typ\":\"at+jwt\"}")
                        .getBytes(StandardCharsets.UTF_8));
        assertRefused(header + "." + none.split("\\.")[1] + ".");
    }

    @Test
    void refusesHs256SignedWithOurPublicKey() throws Exception {
        byte[] publicKeyBytes = (byte[]) jdbc.queryForMap("SELECT public_key FROM signing_keys WHERE active")
                .get("public_key");
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(kid)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                validClaims().build());
        jwt.sign(new MACSigner(publicKeyBytes));
        assertRefused(jwt.serialize());
    }

    @Test
    void refusesAForeignKeyUnderOurKid() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT jwt = new SignedJWT(validHeader().build(), validClaims().build());
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        assertRefused(jwt.serialize());
    }

    @Test
    void refusesAnUnknownKid() throws Exception {
        assertRefused(signedWithOurKey(
                validHeader().keyID("not-" + kid).build(), validClaims().build()));
    }

    @Test
    void refusesATamperedPayload() throws Exception {
        String[] parts = withClaims(c -> c.claim("roles", List.of("USER"))).split("\\.");
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(validClaims().build().toString().getBytes(StandardCharsets.UTF_8));
        assertRefused(parts[0] + "." + forged + "." + parts[2]);
    }

    @Test
    void refusesAWrongIssuerAudienceOrType() throws Exception {
        assertRefused(withClaims(c -> c.issuer("https://evil.example")));
        assertRefused(withClaims(c -> c.audience("someone-else")));
        assertRefused(signedWithOurKey(
                validHeader().type(JOSEObjectType.JWT).build(), validClaims().build()));
    }

    @Test
    void refusesATokenExpiredBeyondTheClockSkew() throws Exception {
        // Issued now (so the account's cut-off cannot be what refuses it), expired 61 s ago.
        assertRefused(withClaims(c -> c.expirationTime(Date.from(Instant.now().minusSeconds(61)))));
    }

    @Test
    void refusesRolesOfAnotherShapeEvenUnderOurSignature() throws Exception {
        // A nested array reached the authorities converter and answered 500 before the decoder checked the shape.
        assertRefused(withClaims(c -> c.claim("roles", List.of(List.of("ADMIN")))));
        assertRefused(withClaims(c -> c.claim("roles", Map.of("ADMIN", true))));
        assertRefused(withClaims(c -> c.claim("roles", null)));
    }
}
