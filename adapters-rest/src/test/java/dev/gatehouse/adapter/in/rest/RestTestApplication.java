package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.auth.RefreshCookieSettings;
import dev.gatehouse.adapter.in.rest.security.CorsSettings;
import dev.gatehouse.adapter.in.rest.security.MfaSettings;
import dev.gatehouse.adapter.in.rest.support.StubUseCases;
import dev.gatehouse.adapter.in.rest.support.TestTokens;
import dev.gatehouse.domain.token.ClockSkew;
import dev.gatehouse.domain.token.IssuerAndAudience;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What bootstrap gives the adapter, and no more: its configuration class, the use cases (here one
 * scriptable stub for all of them), the token settings, the refresh-cookie settings (off unless
 * a test sets {@code app.auth.refresh-cookie.enabled=true}, as bootstrap's property is named), the
 * rate-limit settings, the CORS settings and the MFA settings.
 * Slices ({@code @WebMvcTest}) replace the auto-configuration with their own; full-context tests
 * use all of it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(RestAdapterConfiguration.class)
public class RestTestApplication {

    @Bean
    StubUseCases stubUseCases() {
        return new StubUseCases();
    }

    @Bean
    IssuerAndAudience tokenSettings() {
        return TestTokens.SETTINGS;
    }

    @Bean
    ClockSkew clockSkew() {
        return ClockSkew.CONTRACT;
    }

    /**
     * On, as bootstrap's default is, so every slice runs through the limiter; but with room for
     * whole test classes from one address unless a test narrows it ({@code app.rate-limit.*}, as
     * bootstrap's properties are named).
     */
    @Bean
    RateLimitSettings rateLimitSettings(
            @Value("${app.rate-limit.enabled:true}") boolean enabled,
            @Value("${app.rate-limit.capacity:100000}") long capacity,
            @Value("${app.rate-limit.refill-period:PT1M}") Duration refillPeriod) {
        return new RateLimitSettings(enabled, capacity, refillPeriod);
    }

    /** Off, as bootstrap's default is, unless a test names origins ({@code app.cors.allowed-origins}). */
    @Bean
    CorsSettings corsSettings(@Value("${app.cors.allowed-origins:}") List<String> allowedOrigins) {
        return new CorsSettings(allowedOrigins);
    }

    @Bean
    RefreshCookieSettings refreshCookieSettings(@Value("${app.auth.refresh-cookie.enabled:false}") boolean enabled) {
        return new RefreshCookieSettings(enabled);
    }

    /** MFA required for admins, as bootstrap's default is, unless a test sets {@code app.auth.mfa.required-for-admins=false}. */
    @Bean
    MfaSettings mfaSettings(@Value("${app.auth.mfa.required-for-admins:true}") boolean requiredForAdmins) {
        return new MfaSettings(requiredForAdmins);
    }
}
