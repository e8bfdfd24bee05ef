package dev.gatehouse.adapter.in.rest.support;

import dev.gatehouse.adapter.in.rest.security.AccessTokenAuthentication;
import dev.gatehouse.adapter.out.security.NimbusAccessTokenSigner;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.token.AccessTokenClaims;
import dev.gatehouse.domain.token.IssuerAndAudience;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

/** Access tokens for tests: mock ones for the controller slices, real signed ones for the decoder. */
public final class TestTokens {
    public static final IssuerAndAudience SETTINGS = new IssuerAndAudience("https://gatehouse.test", "gatehouse-api");
    public static final SigningKey SIGNING_KEY = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));

    private TestTokens() {}

    /** A verified token's authentication, as the resource server would build it, for a slice test. */
    public static JwtRequestPostProcessor as(UserId user, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(user.value().toString()).claim("roles", roleNames))
                .authorities(AccessTokenAuthentication.authoritiesConverter());
    }

    /** As {@link #as}, with the {@code sid} claim naming the session the token belongs to. */
    public static JwtRequestPostProcessor inSession(SessionId session, UserId user, Role... roles) {
        List<String> roleNames = Arrays.stream(roles).map(Role::name).toList();
        return SecurityMockMvcRequestPostProcessors.jwt()
                .jwt(jwt -> jwt.subject(user.value().toString())
                        .claim("roles", roleNames)
                        .claim("sid", session.value().toString()))
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
        AccessTokenClaims claims = new AccessTokenClaims(
                UUID.randomUUID(),
                user,
                new Email("ada@example.com"),
                Set.of(roles),
                SessionId.newId(),
                issuedAt,
                expiresAt);
        return new NimbusAccessTokenSigner(settings).sign(claims, key).value();
    }
}
