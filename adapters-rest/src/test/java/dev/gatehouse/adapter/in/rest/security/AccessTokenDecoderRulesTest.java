package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.adapter.token.TokenSettings;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** The decoder on its own, to see that each refusal is for the reason the test means. */
class AccessTokenDecoderRulesTest {
    private static final UserId ME = UserId.newId();

    private final JwtDecoder decoder = AccessTokenDecoder.create(
            () -> List.of(TestTokens.SIGNING_KEY.verificationKey()), TestTokens.SETTINGS);

    @Test
    void decodesOurTokenWithItsClaims() {
        Jwt jwt = decoder.decode(TestTokens.signed(ME, Role.USER, Role.ADMIN));

        assertThat(jwt.getSubject()).isEqualTo(ME.value().toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN", "USER");
        assertThat(AccessTokenAuthentication.authoritiesConverter().convert(jwt))
                .extracting(Object::toString).containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_USER");
        assertThat(AuthenticatedUser.idOf(jwt)).isEqualTo(ME);
    }

    @Test
    void refusesAnotherIssuer() {
        assertRefused(signed(new TokenSettings("https://evil.test", "gatehouse-api"), in(Duration.ofMinutes(5))), "iss");
    }

    @Test
    void refusesAnotherAudience() {
        assertRefused(signed(new TokenSettings("https://gatehouse.test", "other"), in(Duration.ofMinutes(5))), "aud");
    }

    @Test
    void refusesExpiryBeyondTheSkew() {
        assertRefused(signed(TestTokens.SETTINGS, in(Duration.ofSeconds(-61))), "expired");
    }

    @Test
    void refusesAKeyItDoesNotKnow() {
        JwtDecoder withoutOurKey = AccessTokenDecoder.create(List::of, TestTokens.SETTINGS);

        assertThatThrownBy(() -> withoutOurKey.decode(TestTokens.signed(ME, Role.USER)))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("no matching key");
    }

    private void assertRefused(String token, String reason) {
        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining(reason);
    }

    private static Instant in(Duration duration) {
        return Instant.now().plus(duration);
    }

    private static String signed(TokenSettings settings, Instant expiresAt) {
        return TestTokens.signed(settings, TestTokens.SIGNING_KEY, ME, expiresAt.minus(Duration.ofMinutes(15)),
                expiresAt, Role.USER);
    }
}
