package dev.gatehouse.adapter.in.rest.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.gatehouse.domain.common.StoreUnavailableException;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingUseCase;
import dev.gatehouse.domain.port.in.key.FindVerificationKeyUseCase;
import dev.gatehouse.domain.token.AccessTokenFormat;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.IssuerAndAudience;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the decoder that accepts only our own access tokens: RS256 signed by a key we publish
 * (found by {@code kid}), with our issuer, our audience among its audiences, typ "at+jwt", a UUID
 * subject, its roles as a list of names, an issue time, and an expiry at most the {@link ClockSkew}
 * in the past; and, last, only
 * while the account still stands behind it (see {@link AccessTokenStandingValidator}). Everything
 * else is refused, which the resource server answers with 401. When the key or the standing cannot
 * be looked up because the store is unreachable, the token is not refused: decoding fails with a
 * {@link StoreUnavailableJwtException}, answered with 503.
 */
public final class AccessTokenDecoder {
    private AccessTokenDecoder() {}

    public static JwtDecoder create(
            FindVerificationKeyUseCase verificationKeys,
            CheckAccessTokenStandingUseCase standing,
            IssuerAndAudience settings,
            ClockSkew clockSkew) {
        JWKSource<SecurityContext> keys = new VerificationKeyJwkSource(verificationKeys);
        // Only RS256: "none", HS256 signed with our public key, and every other algorithm never verify.
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setClaimSetConverter(claimsRequiringIssueTime());
        decoder.setJwtValidator(timeIndependentRules(settings));
        OAuth2TokenValidator<Jwt> everyUse = AccessTokenStandingValidator.after(expiry(clockSkew), standing);
        return reportingStoreFailures(new VerifiedTokenCache(decoder, everyUse));
    }

    /**
     * A store that cannot be reached is no fault of the token, so it must not end as a 401. Nimbus
     * wraps a failure of the key lookup in a {@code BadJwtException} (which would be a 401), and a
     * failure of the standing check leaves the decoder unwrapped (which would be a 500). Both become
     * a {@link StoreUnavailableJwtException}, which the bearer-token filter answers with 503.
     */
    private static JwtDecoder reportingStoreFailures(JwtDecoder decoder) {
        return token -> {
            try {
                return decoder.decode(token);
            } catch (RuntimeException failure) {
                StoreUnavailableException unavailable = StoreUnavailableJwtException.find(failure);
                if (unavailable != null) {
                    throw new StoreUnavailableJwtException(unavailable);
                }
                throw failure;
            }
        };
    }

    /**
     * The standing check compares the issue time with the account's cut-off, so a token without
     * one is refused. That has to happen here, before the claims are converted: for a token without
     * {@code iat}, Spring's default conversion makes one up (a second before {@code exp}), which
     * would pass the check, and a validator could no longer tell.
     */
    private static Converter<Map<String, Object>, Map<String, Object>> claimsRequiringIssueTime() {
        MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
        return claims -> {
            if (claims.get(JwtClaimNames.IAT) == null) {
                throw new BadJwtException("The access token has no issue time (iat)");
            }
            return defaults.convert(claims);
        };
    }

    /** The rules a token passes or fails once and for all: checked when it is first seen. */
    static OAuth2TokenValidator<Jwt> timeIndependentRules(IssuerAndAudience settings) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTypeValidator(AccessTokenFormat.TYPE),
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtIssuerValidator(settings.issuer()),
                new JwtAudienceValidator(settings.audience()),
                new JwtClaimValidator<>(JwtClaimNames.SUB, AccessTokenDecoder::isUuid),
                new JwtClaimValidator<>(AccessTokenFormat.ROLES_CLAIM, AccessTokenDecoder::isListOfNames)));
    }

    /** Checked on every use: a token verified a minute ago may have expired since. */
    static OAuth2TokenValidator<Jwt> expiry(ClockSkew clockSkew) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew.value());
        timestamps.setAllowEmptyExpiryClaim(false);
        return timestamps;
    }

    /**
     * We issue {@code roles} as a list of names. Any other shape (a nested list, an object, a number)
     * would otherwise reach the authorities converter, which cannot read it and fails with a 500.
     */
    private static boolean isListOfNames(Object roles) {
        return roles instanceof List<?> names && names.stream().allMatch(String.class::isInstance);
    }

    private static boolean isUuid(Object subject) {
        if (!(subject instanceof String text)) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
