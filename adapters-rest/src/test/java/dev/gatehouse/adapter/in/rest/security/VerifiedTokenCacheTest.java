package dev.gatehouse.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokenCacheTest {
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicBoolean expired = new AtomicBoolean();
    private final JwtDecoder verifying = token -> {
        verifications.incrementAndGet();
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("s")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
    };
    private final VerifiedTokenCache cache = new VerifiedTokenCache(
            verifying,
            jwt -> expired.get()
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Jwt expired", null))
                    : OAuth2TokenValidatorResult.success());

    @Test
    void verifiesEachTokenOnceAndAppliesTheEveryUseRulesEachTime() {
        assertThat(cache.decode("a").getTokenValue()).isEqualTo("a");
        assertThat(cache.decode("a").getTokenValue()).isEqualTo("a");
        assertThat(cache.decode("b").getTokenValue()).isEqualTo("b");
        assertThat(verifications).hasValue(2);

        expired.set(true);

        assertThatThrownBy(() -> cache.decode("a"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("Jwt expired");
    }

    @Test
    void neverHoldsMoreThanItsBound() {
        for (int i = 0; i < VerifiedTokenCache.MAX_ENTRIES * 3; i++) {
            cache.decode("token-" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(VerifiedTokenCache.MAX_ENTRIES);
        }
    }
}
