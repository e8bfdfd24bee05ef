package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.security.AesGcmSecretSealer;
import dev.gatehouse.adapter.out.security.BcryptPasswordHasher;
import dev.gatehouse.adapter.out.security.BoundedPasswordHasher;
import dev.gatehouse.adapter.out.security.NimbusAccessTokenSigner;
import dev.gatehouse.adapter.out.security.PlainSecretSealer;
import dev.gatehouse.adapter.out.security.Rs256Signers;
import dev.gatehouse.domain.port.out.AccessTokenSigner;
import dev.gatehouse.domain.port.out.SecretSealer;
import dev.gatehouse.domain.token.IssuerAndAudience;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The security adapter (password hashing, token signing, sealing TOTP secrets), built from the
 * deployer's settings. Its other piece, the PEM key store, is chosen in
 * {@link SigningKeyStoreConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityAdapterConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SecurityAdapterConfiguration.class);

    static final String NO_ENCRYPTION_KEY_WARNING = AesGcmSecretSealer.KEY_VARIABLE
            + " is not set: TOTP secrets are"
            + " stored in the database without encryption. Set it to the Base64 of 32 random bytes"
            + " (openssl rand -base64 32); the secrets stored so far are encrypted as each is next used.";

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

    /**
     * RS256 through the native provider where the build added it for this platform (three times
     * faster, same signatures), unless {@code app.auth.native-signing} is false; the JDK's otherwise.
     */
    @Bean(destroyMethod = "finishLookUp")
    Rs256Signers rs256Signers(GatehouseProperties properties) {
        Rs256Signers signers =
                properties.auth().nativeSigning() ? Rs256Signers.nativeWhereAvailable() : Rs256Signers.jdk();
        signers.whenChosen(provider -> log.info("Access tokens are signed through {}", provider));
        return signers;
    }

    /** Loads the native provider once the application is ready: not on the start-up's critical path. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> nativeSigningLoad(Rs256Signers signers) {
        return ready -> signers.startLookUp();
    }

    @Bean
    AccessTokenSigner accessTokenSigner(IssuerAndAudience tokenSettings, Rs256Signers signers) {
        return new NimbusAccessTokenSigner(tokenSettings, signers);
    }

    /**
     * AES-256-GCM under the configured key, or, without one, the secrets as they are (with one
     * warning at start-up), so that MFA works out of the box and turning encryption on later loses
     * nothing. A key that is not Base64 of 32 bytes stops the start, with a message that names the
     * variable and never quotes the key; so do previous keys without a current one, which nothing
     * could unseal with.
     */
    @Bean
    SecretSealer secretSealer(GatehouseProperties properties) {
        GatehouseProperties.Mfa mfa = properties.auth().mfa();
        if (mfa.encryptionKeyConfigured()) {
            return new AesGcmSecretSealer(mfa.encryptionKey(), mfa.previousEncryptionKeys(), new SecureRandom());
        }
        if (!mfa.previousEncryptionKeys().isEmpty()) {
            throw new IllegalArgumentException(AesGcmSecretSealer.PREVIOUS_KEYS_VARIABLE + " is set but "
                    + AesGcmSecretSealer.KEY_VARIABLE + " is not: set the current key too (previous keys only unseal"
                    + " what was sealed before a rotation)");
        }
        log.warn(NO_ENCRYPTION_KEY_WARNING);
        return new PlainSecretSealer();
    }
}
