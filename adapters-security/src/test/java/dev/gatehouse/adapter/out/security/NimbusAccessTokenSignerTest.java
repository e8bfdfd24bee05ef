package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.domain.auth.Authentication;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.token.AccessToken;
import dev.gatehouse.domain.token.AccessTokenClaims;
import dev.gatehouse.domain.token.IssuerAndAudience;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NimbusAccessTokenSignerTest {
    private static final SigningKey KEY = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));
    private static final IssuerAndAudience SETTINGS = new IssuerAndAudience("https://gatehouse.test", "gatehouse-api");
    private static final Instant ISSUED_AT = Instant.parse("2026-11-27T10:15:30Z");
    private static final Instant EXPIRES_AT = Instant.parse("2026-11-27T10:30:30Z");
    private static final Instant SECOND_STEP = Instant.parse("2026-11-27T10:01:07.654Z");

    private final NimbusAccessTokenSigner signer =
            new NimbusAccessTokenSigner(SETTINGS, Rs256Signers.nativeWhereAvailable());

    @Test
    void signsWithRs256UnderTheKeysKidAsAnAccessTokenType() throws Exception {
        SignedJWT jwt =
                SignedJWT.parse(signer.sign(claims(Set.of(Role.USER)), KEY).value());

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(KEY.kid());
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(jwt.verify(new RSASSAVerifier(KEY.publicKey()))).isTrue();
    }

    @Test
    void writesEveryClaimOfTheContract() throws Exception {
        UUID tokenId = UUID.randomUUID();
        UserId subject = UserId.newId();
        SessionId session = SessionId.newId();
        AccessTokenClaims claims = new AccessTokenClaims(
                tokenId,
                subject,
                new Email("ada@example.com"),
                Set.of(Role.USER, Role.ADMIN),
                session,
                Authentication.byPasswordAndTotp(SECOND_STEP),
                ISSUED_AT,
                EXPIRES_AT);

        SignedJWT jwt = SignedJWT.parse(signer.sign(claims, KEY).value());
        JWTClaimsSet written = jwt.getJWTClaimsSet();

        assertThat(written.getIssuer()).isEqualTo("https://gatehouse.test");
        assertThat(written.getSubject()).isEqualTo(subject.value().toString());
        assertThat(written.getAudience()).containsExactly("gatehouse-api");
        assertThat(written.getIssueTime()).isEqualTo(Date.from(ISSUED_AT));
        assertThat(written.getExpirationTime()).isEqualTo(Date.from(EXPIRES_AT));
        assertThat(written.getJWTID()).isEqualTo(tokenId.toString());
        assertThat(written.getStringListClaim("roles")).containsExactly("ADMIN", "USER");
        assertThat(written.getStringClaim("email")).isEqualTo("ada@example.com");
        assertThat(written.getStringClaim("sid")).isEqualTo(session.value().toString());
        assertThat(written.getStringListClaim("amr")).containsExactly("pwd", "otp", "mfa");
        assertThat(written.getStringClaim("acr")).isEqualTo("aal2");
        // Epoch seconds as a JSON number, like iat and exp; the milliseconds are dropped.
        assertThat(jwt.getPayload().toJSONObject().get("auth_time")).isEqualTo(SECOND_STEP.getEpochSecond());
    }

    @Test
    void aPasswordOnlySessionsTokenSaysPwdAndAal1() throws Exception {
        JWTClaimsSet written = SignedJWT.parse(
                        signer.sign(claims(Set.of(Role.USER)), KEY).value())
                .getJWTClaimsSet();

        assertThat(written.getStringListClaim("amr")).containsExactly("pwd");
        assertThat(written.getStringClaim("acr")).isEqualTo("aal1");
        assertThat(written.getLongClaim("auth_time"))
                .isEqualTo(ISSUED_AT.minusSeconds(600).getEpochSecond());
    }

    @Test
    void aRecoveryCodeSessionsTokenSaysPwdMfaAndAal2() throws Exception {
        AccessTokenClaims claims = new AccessTokenClaims(
                UUID.randomUUID(),
                UserId.newId(),
                new Email("ada@example.com"),
                Set.of(Role.USER),
                SessionId.newId(),
                Authentication.byPasswordAndRecoveryCode(SECOND_STEP),
                ISSUED_AT,
                EXPIRES_AT);

        JWTClaimsSet written = SignedJWT.parse(signer.sign(claims, KEY).value()).getJWTClaimsSet();

        assertThat(written.getStringListClaim("amr")).containsExactly("pwd", "mfa");
        assertThat(written.getStringClaim("acr")).isEqualTo("aal2");
    }

    @Test
    void theAccessTokenExpiresWhenItsClaimsSay() {
        AccessToken token = signer.sign(claims(Set.of(Role.USER)), KEY);

        assertThat(token.expiresAt()).isEqualTo(EXPIRES_AT);
        assertThat(token.value().split("\\.")).hasSize(3);
    }

    @Test
    void aTokenSignedByAnotherKeyDoesNotVerifyWithOurs() throws Exception {
        SigningKey other = SigningKey.generate(ISSUED_AT);

        SignedJWT jwt =
                SignedJWT.parse(signer.sign(claims(Set.of(Role.USER)), other).value());

        assertThat(jwt.verify(new RSASSAVerifier(KEY.publicKey()))).isFalse();
    }

    /** Signers are kept by kid, but a kid that comes back with another private key signs with that key. */
    @Test
    void aKidThatNowNamesAnotherKeySignsWithTheNewKey() throws Exception {
        SigningKey first = SigningKey.generate(ISSUED_AT);
        SigningKey replaced = SigningKey.generate(ISSUED_AT);
        SigningKey sameKidNewKey = new SigningKey(first.kid(), replaced.privateKey(), replaced.publicKey(), ISSUED_AT);

        SignedJWT before =
                SignedJWT.parse(signer.sign(claims(Set.of(Role.USER)), first).value());
        SignedJWT after = SignedJWT.parse(
                signer.sign(claims(Set.of(Role.USER)), sameKidNewKey).value());

        assertThat(before.verify(new RSASSAVerifier(first.publicKey()))).isTrue();
        assertThat(after.verify(new RSASSAVerifier(replaced.publicKey()))).isTrue();
        assertThat(after.verify(new RSASSAVerifier(first.publicKey()))).isFalse();
    }

    @Test
    void theJdksProviderWritesTheSameTokenAsTheNativeOne() {
        AccessTokenClaims claims = claims(Set.of(Role.USER, Role.ADMIN));
        NimbusAccessTokenSigner throughTheJdk = new NimbusAccessTokenSigner(SETTINGS, Rs256Signers.jdk());

        assertThat(throughTheJdk.sign(claims, KEY).value())
                .isEqualTo(signer.sign(claims, KEY).value());
    }

    private static AccessTokenClaims claims(Set<Role> roles) {
        return new AccessTokenClaims(
                UUID.randomUUID(),
                UserId.newId(),
                new Email("ada@example.com"),
                roles,
                SessionId.newId(),
                Authentication.byPassword(ISSUED_AT.minusSeconds(600)),
                ISSUED_AT,
                EXPIRES_AT);
    }
}
