package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingQuery;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.IssuerAndAudience;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** The decoder on its own, to see that each refusal is for the reason the test means. */
class AccessTokenDecoderRulesTest {
    private static final UserId ME = UserId.newId();

    private final List<CheckAccessTokenStandingQuery> standingChecks = new ArrayList<>();
    private boolean inGoodStanding = true;
    private final JwtDecoder decoder = AccessTokenDecoder.create(
            kid -> Optional.of(TestTokens.SIGNING_KEY.verificationKey())
                    .filter(key -> key.kid().equals(kid)),
            query -> {
                standingChecks.add(query);
                return inGoodStanding;
            },
            TestTokens.SETTINGS,
            ClockSkew.CONTRACT);

    @Test
    void decodesOurTokenWithItsClaims() {
        Jwt jwt = decoder.decode(TestTokens.signed(ME, Role.USER, Role.ADMIN));

        assertThat(jwt.getSubject()).isEqualTo(ME.value().toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN", "USER");
        assertThat(AccessTokenAuthentication.authoritiesConverter().convert(jwt))
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_USER");
        assertThat(Caller.subjectOf(jwt)).isEqualTo(ME);
    }

    @Test
    void refusesAnotherIssuer() {
        assertRefused(
                signed(new IssuerAndAudience("https://evil.test", "gatehouse-api"), in(Duration.ofMinutes(5))), "iss");
    }

    @Test
    void refusesAnotherAudience() {
        assertRefused(
                signed(new IssuerAndAudience("https://gatehouse.test", "other"), in(Duration.ofMinutes(5))), "aud");
    }

    @Test
    void refusesExpiryBeyondTheSkew() {
        assertRefused(signed(TestTokens.SETTINGS, in(Duration.ofSeconds(-61))), "expired");
    }

    @Test
    void refusesAKeyItDoesNotKnow() {
        JwtDecoder withoutOurKey = AccessTokenDecoder.create(
                kid -> Optional.empty(), query -> true, TestTokens.SETTINGS, ClockSkew.CONTRACT);

        assertThatThrownBy(() -> withoutOurKey.decode(TestTokens.signed(ME, Role.USER)))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("no matching key");
    }

    @Test
    void looksUpOnlyTheKeyTheTokenNamesByKid() {
        List<String> askedKids = new ArrayList<>();
        JwtDecoder recording = AccessTokenDecoder.create(
                kid -> {
                    askedKids.add(kid);
                    return Optional.of(TestTokens.SIGNING_KEY.verificationKey())
                            .filter(key -> key.kid().equals(kid));
                },
                query -> true,
                TestTokens.SETTINGS,
                ClockSkew.CONTRACT);

        recording.decode(TestTokens.signed(ME, Role.USER));

        assertThat(askedKids).containsExactly(TestTokens.SIGNING_KEY.kid());
    }

    @Test
    void asksWhetherTheAccountStillStandsBehindTheTokenWithItsSubjectAndIssueTime() {
        Instant issuedAt = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);

        decoder.decode(TestTokens.signed(
                TestTokens.SETTINGS,
                TestTokens.SIGNING_KEY,
                ME,
                issuedAt,
                issuedAt.plus(Duration.ofMinutes(15)),
                Role.USER));

        assertThat(standingChecks).containsExactly(new CheckAccessTokenStandingQuery(ME, issuedAt));
    }

    @Test
    void verifiesATokensSignatureOnceButChecksItsStandingOnEveryUse() {
        List<String> askedKids = new ArrayList<>();
        JwtDecoder recording = AccessTokenDecoder.create(
                kid -> {
                    askedKids.add(kid);
                    return Optional.of(TestTokens.SIGNING_KEY.verificationKey())
                            .filter(key -> key.kid().equals(kid));
                },
                query -> {
                    standingChecks.add(query);
                    return inGoodStanding;
                },
                TestTokens.SETTINGS,
                ClockSkew.CONTRACT);
        String token = TestTokens.signed(ME, Role.USER);

        recording.decode(token);
        recording.decode(token);
        inGoodStanding = false;

        assertThatThrownBy(() -> recording.decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("no longer speaks for its account");
        assertThat(askedKids).as("the key is looked up for the first use only").hasSize(1);
        assertThat(standingChecks).hasSize(3);
    }

    @Test
    void aTokenRefusedOnceIsVerifiedAgainNextTime() {
        List<String> askedKids = new ArrayList<>();
        JwtDecoder recording = AccessTokenDecoder.create(
                kid -> {
                    askedKids.add(kid);
                    return Optional.empty();
                },
                query -> true,
                TestTokens.SETTINGS,
                ClockSkew.CONTRACT);
        String token = TestTokens.signed(ME, Role.USER);

        assertThatThrownBy(() -> recording.decode(token)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> recording.decode(token)).isInstanceOf(JwtException.class);

        assertThat(askedKids).hasSize(2);
    }

    @Test
    void refusesATokenWhoseAccountNoLongerStandsBehindIt() {
        inGoodStanding = false;

        assertRefused(TestTokens.signed(ME, Role.USER), "no longer speaks for its account");
    }

    @Test
    void refusesATokenWithoutIssueTimeWithoutAskingAboutIt() throws Exception {
        JWTClaimsSet claims = TestTokens.claimsFor(ME)
                .issueTime(null)
                .expirationTime(Date.from(in(Duration.ofMinutes(5))))
                .build();

        assertRefused(signedWithOurKey(claims), "iat");
        assertThat(standingChecks).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("rolesOfAnotherShape")
    void refusesRolesOfAnotherShapeThanAListOfNames(Object roles) throws Exception {
        assertRefused(withRoles(roles), "roles");
        assertThat(standingChecks).isEmpty();
    }

    static Stream<Object> rolesOfAnotherShape() {
        return Stream.of(List.of(List.of("ADMIN")), Map.of("ADMIN", true), 1, List.of("USER", 2), "ADMIN");
    }

    @Test
    void refusesATokenWithoutRoles() throws Exception {
        assertRefused(withRoles(null), "roles");
    }

    @Test
    void acceptsAnEmptyListOfRoles() throws Exception {
        assertThat(decoder.decode(withRoles(List.of())).getClaimAsStringList("roles"))
                .isEmpty();
    }

    @Test
    void asksNothingAboutATokenThatBreaksAnotherRule() {
        assertRefused(signed(TestTokens.SETTINGS, in(Duration.ofSeconds(-61))), "expired");

        assertThat(standingChecks).isEmpty();
    }

    @Test
    void aKeyLookupThatCannotReachTheStoreIsNoRefusalOfTheToken() {
        JwtDecoder storeDown = AccessTokenDecoder.create(
                kid -> {
                    throw new StoreUnavailableException(new IllegalStateException("connection refused"));
                },
                query -> true,
                TestTokens.SETTINGS,
                ClockSkew.CONTRACT);

        assertThatThrownBy(() -> storeDown.decode(TestTokens.signed(ME, Role.USER)))
                .isInstanceOf(StoreUnavailableJwtException.class)
                .isNotInstanceOf(BadJwtException.class)
                .hasCauseInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void aStandingCheckThatCannotReachTheStoreIsNoRefusalOfTheToken() {
        JwtDecoder storeDown = AccessTokenDecoder.create(
                kid -> Optional.of(TestTokens.SIGNING_KEY.verificationKey())
                        .filter(key -> key.kid().equals(kid)),
                query -> {
                    throw new StoreUnavailableException(new IllegalStateException("connection refused"));
                },
                TestTokens.SETTINGS,
                ClockSkew.CONTRACT);

        assertThatThrownBy(() -> storeDown.decode(TestTokens.signed(ME, Role.USER)))
                .isInstanceOf(StoreUnavailableJwtException.class)
                .isNotInstanceOf(BadJwtException.class)
                .hasCauseInstanceOf(StoreUnavailableException.class);
    }

    /** Our token in every other respect, signed with our key: only a holder of that key could make it. */
    private static String withRoles(Object roles) throws Exception {
        return signedWithOurKey(TestTokens.claimsFor(ME).claim("roles", roles).build());
    }

    private static String signedWithOurKey(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(TestTokens.SIGNING_KEY.kid())
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(TestTokens.SIGNING_KEY.privateKey()));
        return jwt.serialize();
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> decoder.decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining(reason);
    }

    private static Instant in(Duration duration) {
        return Instant.now().plus(duration);
    }

    private static String signed(IssuerAndAudience settings, Instant expiresAt) {
        return TestTokens.signed(
                settings, TestTokens.SIGNING_KEY, ME, expiresAt.minus(Duration.ofMinutes(15)), expiresAt, Role.USER);
    }
}
