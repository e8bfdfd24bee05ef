package dev.gatehouse.adapter.in.rest.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.adapter.in.rest.security.AccessTokenAuthentication;
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

    /** A verified token's authentication, as the resource server would build it, for a slice test. */
    public static JwtRequestPostProcessor as(UserId user, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(user.value().toString()).claim(AccessTokenFormat.ROLES_CLAIM, roleNames))
                .authorities(AccessTokenAuthentication.authoritiesConverter());
    }

    /** As {@link #as}, with the {@code sid} claim naming the session the token belongs to. */
    public static JwtRequestPostProcessor inSession(SessionId session, UserId user, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(user.value().toString())
                        .claim(AccessTokenFormat.ROLES_CLAIM, roleNames)
                        .claim(AccessTokenFormat.SESSION_CLAIM, session.value().toString()))
                .authorities(AccessTokenAuthentication.authoritiesConverter());
    }

    public static JwtRequestPostProcessor asUser(UserId user) {
        return as(user, Role.USER);
    }

    public static JwtRequestPostProcessor asAdmin(UserId user) {
        return as(user, Role.USER, Role.ADMIN);
    }

    /** A real RS256 token as the service issues it, valid now. */
    public static String signed(UserId user, Role... roles) {
        Instant now = Instant.now();
        return signed(SETTINGS, SIGNING_KEY, user, now, now.plus(Duration.ofMinutes(15)), roles);
    }

    public static String signed(
            IssuerAndAudience settings,
            SigningKey key,
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
