package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.security.BcryptPasswordHasher;
import dev.gatehouse.adapter.out.security.BoundedPasswordHasher;
import dev.gatehouse.adapter.out.security.NimbusAccessTokenSigner;
import dev.gatehouse.adapter.out.security.PlainSecretSealer;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.token.IssuerAndAudience;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The security adapter (password hashing, token signing), built from the deployer's settings. Its
 * third piece, the PEM key store, is chosen in {@link SigningKeyStoreConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityAdapterConfiguration {

    /** What the signer writes into every token; the REST adapter's verifier checks the same bean. */
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
    AccessTokenSigner accessTokenSigner(IssuerAndAudience tokenSettings) {
        return new NimbusAccessTokenSigner(tokenSettings);
    }

    /**
     * How TOTP secrets are stored. Plain (behind its format byte) until the deployment's choice of
     * an AES-GCM key (APP_AUTH_MFA_ENCRYPTION_KEY) is wired here.
     */
    @Bean
    SecretSealer secretSealer() {
        return new PlainSecretSealer();
    }
}
