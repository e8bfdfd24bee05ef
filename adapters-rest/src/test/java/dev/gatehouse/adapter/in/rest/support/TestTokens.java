package dev.gatehouse.adapter.in.rest.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.adapter.in.rest.security.AccessTokenAuthentication;
import dev.gatehouse.domain.auth.AssuranceLevel;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.token.AccessTokenFormat;
import dev.gatehouse.domain.token.IssuerAndAudience;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/**
 * Access tokens for tests: mock ones for the controller slices, real signed ones for the decoder.
 *
 * <p>The signed ones are made here, from {@link AccessTokenFormat}, not by the security adapter's
 * signer: the REST adapter never depends on another adapter, and a token built from the format
 * alone checks the verifier against the format rather than against whatever the signer does.
 */
public final class TestTokens {
    public static final IssuerAndAudience SETTINGS = new IssuerAndAudience("https://gatehouse.test", "gatehouse-api");
    public static final SigningKey SIGNING_KEY = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));

    private TestTokens() {}

    /** The claims every hand-made token starts from: our issuer and audience, {@code subject}, issued now, 5 minutes to live. */
    public static JWTClaimsSet.Builder claimsFor(UserId subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(SETTINGS.issuer())
                .audience(SETTINGS.audience())
                .subject(subject.value().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
    }

    /**
     * A verified token's authentication, as the resource server would build it, for a slice test.
     * Its {@code acr} is what the roles need by default ({@link #usualLevel}).
     */
    public static JwtRequestPostProcessor as(UserId user, Role... roles) {
        return at(usualLevel(roles), user, roles);
    }

    /** As {@link #as}, from a sign-in of this assurance level ({@code acr}). */
    public static JwtRequestPostProcessor at(AssuranceLevel level, UserId user, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(user.value().toString())
                        .claim(AccessTokenFormat.ROLES_CLAIM, roleNames)
                        .claim(AccessTokenFormat.ASSURANCE_LEVEL_CLAIM, level.value()))
                .authorities(AccessTokenAuthentication.authoritiesConverter());
    }

    /** As {@link #as}, with the {@code sid} claim naming the session the token belongs to. */
    public static JwtRequestPostProcessor inSession(SessionId session, UserId user, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(user.value().toString())
                        .claim(AccessTokenFormat.ROLES_CLAIM, roleNames)
                        .claim(
                                AccessTokenFormat.ASSURANCE_LEVEL_CLAIM,
                                usualLevel(roles).value())
                        .claim(AccessTokenFormat.SESSION_CLAIM, session.value().toString()))
                .authorities(AccessTokenAuthentication.authoritiesConverter());
    }

    /** A USER's token from a password-only sign-in. */
    public static JwtRequestPostProcessor asUser(UserId user) {
        return as(user, Role.USER);
    }

    /** An ADMIN's token from a sign-in with a second factor, as ADMIN endpoints want it by default. */
    public static JwtRequestPostProcessor asAdmin(UserId user) {
        return as(user, Role.USER, Role.ADMIN);
    }

    /** An ADMIN's token from a password-only sign-in: refused by ADMIN endpoints while MFA is required. */
    public static JwtRequestPostProcessor asAdminWithoutMfa(UserId user) {
        return at(AssuranceLevel.AAL1, user, Role.USER, Role.ADMIN);
    }

    /**
     * aal2 for an ADMIN (an admin who has enrolled, as the default policy wants), aal1 for anyone
     * else (a password-only sign-in), so that every test reads as the service would really be used.
     */
    static AssuranceLevel usualLevel(Role... roles) {
        return Arrays.asList(roles).contains(Role.ADMIN) ? AssuranceLevel.AAL2 : AssuranceLevel.AAL1;
    }

    /** A real RS256 token as the service issues it, valid now, with the {@link #usualLevel}. */
    public static String signed(UserId user, Role... roles) {
        return signed(usualLevel(roles), user, roles);
    }

    /** As {@link #signed(UserId, Role...)}, from a sign-in of this assurance level ({@code acr}). */
    public static String signed(AssuranceLevel level, UserId user, Role... roles) {
        Instant now = Instant.now();
        return signed(SETTINGS, SIGNING_KEY, level, user, now, now.plus(Duration.ofMinutes(15)), roles);
    }

    public static String signed(
            IssuerAndAudience settings,
            SigningKey key,
            UserId user,
            Instant issuedAt,
            Instant expiresAt,
            Role... roles) {
        return signed(settings, key, usualLevel(roles), user, issuedAt, expiresAt, roles);
    }

    private static String signed(
            IssuerAndAudience settings,
            SigningKey key,
            AssuranceLevel level,
            UserId user,
            Instant issuedAt,
            Instant expiresAt,
            Role... roles) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.kid())
                .type(new JOSEObjectType(AccessTokenFormat.TYPE))
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(user.value().toString())
                .audience(settings.audience())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(
                        AccessTokenFormat.ROLES_CLAIM,
                        Arrays.stream(roles).map(Role::name).sorted().toList())
                .claim(AccessTokenFormat.EMAIL_CLAIM, "ada@example.com")
                .claim(AccessTokenFormat.ASSURANCE_LEVEL_CLAIM, level.value())
                .claim(
                        AccessTokenFormat.SESSION_CLAIM,
                        SessionId.newId().value().toString())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
