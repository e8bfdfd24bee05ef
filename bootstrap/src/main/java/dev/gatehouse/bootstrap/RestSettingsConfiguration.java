package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.in.rest.RateLimitSettings;
import dev.gatehouse.adapter.in.rest.RestAdapterConfiguration;
import dev.gatehouse.adapter.in.rest.auth.RefreshCookieSettings;
import dev.gatehouse.adapter.in.rest.security.CorsSettings;
import dev.gatehouse.adapter.in.rest.security.MfaSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings the REST adapter takes from the deployer's properties. The adapter's own beans come
 * from its {@link RestAdapterConfiguration}, which reads none of {@code app.*} itself.
 */
@Configuration(proxyBeanMethods = false)
public class RestSettingsConfiguration {

    @Bean
    RefreshCookieSettings refreshCookieSettings(GatehouseProperties properties) {
        return new RefreshCookieSettings(properties.auth().refreshCookie().enabled());
    }

    @Bean
    CorsSettings corsSettings(GatehouseProperties properties) {
        return new CorsSettings(properties.cors().allowedOrigins());
    }

    @Bean
    RateLimitSettings rateLimitSettings(GatehouseProperties properties) {
        GatehouseProperties.RateLimit rateLimit = properties.rateLimit();
        return new RateLimitSettings(rateLimit.enabled(), rateLimit.capacity(), rateLimit.refillPeriod());
    }

    @Bean
    MfaSettings mfaSettings(GatehouseProperties properties) {
        return new MfaSettings(properties.auth().mfa().requiredForAdmins());
    }
}
