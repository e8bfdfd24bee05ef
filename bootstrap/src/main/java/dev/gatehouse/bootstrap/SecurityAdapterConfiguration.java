package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.in.rest.RateLimitSettings;
import dev.gatehouse.adapter.in.rest.auth.RefreshCookieSettings;
import dev.gatehouse.adapter.out.security.BcryptPasswordHasher;
import dev.gatehouse.adapter.out.security.BoundedPasswordHasher;
import dev.gatehouse.adapter.out.security.NimbusAccessTokenSigner;
import dev.gatehouse.adapter.out.security.PemSigningKeyStore;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.token.IssuerAndAudience;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The Spring-Security-based driven adapters, built from the deployer's settings. */
@Configuration(proxyBeanMethods = false)
public class SecurityAdapterConfiguration {

    @Bean
    IssuerAndAudience tokenSettings(GatehouseProperties properties) {
        return new IssuerAndAudience(
                properties.auth().issuer(), properties.auth().audience());
    }

    /** bcrypt in a bounded pool of its own threads, so that a login flood cannot take every core. */
    @Bean(destroyMethod = "close")
    BoundedPasswordHasher passwordHasher(GatehouseProperties properties) {
        GatehouseProperties.PasswordHashing pool = properties.auth().passwordHashing();
        int workers = pool.workersOn(Runtime.getRuntime().availableProcessors());
        return new BoundedPasswordHasher(
                new BcryptPasswordHasher(properties.auth().bcryptCost()),
                workers,
                pool.maxWaitingFor(workers),
                pool.maxWait());
    }

    @Bean
    RefreshCookieSettings refreshCookieSettings(GatehouseProperties properties) {
        return new RefreshCookieSettings(properties.auth().refreshCookie().enabled());
    }

    @Bean
    RateLimitSettings rateLimitSettings(GatehouseProperties properties) {
        GatehouseProperties.RateLimit rateLimit = properties.rateLimit();
        return new RateLimitSettings(rateLimit.enabled(), rateLimit.capacity(), rateLimit.refillPeriod());
    }

    @Bean
    AccessTokenSigner tokenIssuer(IssuerAndAudience tokenSettings) {
        return new NimbusAccessTokenSigner(tokenSettings);
    }

    /**
     * A configured PEM key takes the place of the database-held keys (the persistence adapter's
     * store stays defined but unused), for deployers who manage keys in their own secret store.
     */
    @Bean
    @Primary
    @ConditionalOnProperty("app.auth.signing-key.private-key-pem")
    SigningKeyStore pemSigningKeyStore(GatehouseProperties properties, Clock clock) {
        return new PemSigningKeyStore(properties.auth().signingKey().privateKeyPem(), clock);
    }
}
