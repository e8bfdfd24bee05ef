package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.out.security.AesGcmSecretSealer;
import dev.gatehouse.adapter.out.security.PlainSecretSealer;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.port.out.SecretSealer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Which sealer the deployer's environment picks for TOTP secrets, and what it refuses. */
@ExtendWith(OutputCaptureExtension.class)
class SecretSealerConfigurationTest {
    private static final String KEY = "APP_AUTH_MFA_ENCRYPTION_KEY";
    private static final String PREVIOUS_KEYS = "APP_AUTH_MFA_PREVIOUS_ENCRYPTION_KEYS";
    private static final byte[] TOTP_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void withoutAKeySecretsAreStoredAsTheyAreAndTheStartWarnsOnce(CapturedOutput output) {
        SecretSealer sealer = sealerFor(Map.of());

        assertThat(sealer).isInstanceOf(PlainSecretSealer.class);
        assertThat(output.getOut().split(KEY + " is not set", -1))
                .as("one warning")
                .hasSize(2);
        assertThat(output.getOut()).contains("WARN").contains("openssl rand -base64 32");
    }

    @Test
    void aConfiguredKeySealsWithAesGcmWithoutAWarning(CapturedOutput output) {
        String key = randomKey();
        SecretSealer sealer = sealerFor(Map.of(KEY, key));

        assertThat(sealer).isInstanceOf(AesGcmSecretSealer.class);
        SealedSecret sealed = sealer.seal(TOTP_SECRET);
        assertThat(sealer.unseal(sealed)).isEqualTo(TOTP_SECRET);
        assertThat(sealer.needsReseal(sealed)).isFalse();
        assertThat(output.getOut()).doesNotContain(KEY + " is not set").doesNotContain(key);
    }

    /** Rotation as the README describes it: the new key current, the old ones listed, comma-separated. */
    @Test
    void previousKeysStillUnsealWhatWasSealedBeforeARotation() {
        String oldKey = randomKey();
        SealedSecret sealedBefore = sealerFor(Map.of(KEY, oldKey)).seal(TOTP_SECRET);
        SealedSecret storedPlain = new PlainSecretSealer().seal(TOTP_SECRET);

        SecretSealer rotated = sealerFor(Map.of(KEY, randomKey(), PREVIOUS_KEYS, randomKey() + "," + oldKey));

        assertThat(rotated.unseal(sealedBefore)).isEqualTo(TOTP_SECRET);
        assertThat(rotated.needsReseal(sealedBefore)).isTrue();
        assertThat(rotated.unseal(storedPlain)).isEqualTo(TOTP_SECRET);
        assertThat(rotated.needsReseal(storedPlain)).isTrue();
    }

    @Test
    void anInvalidKeyStopsTheStartWithoutQuotingIt() {
        String shortKey = Base64.getEncoder().encodeToString("sixteen byte key".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> sealerFor(Map.of(KEY, shortKey)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(KEY)
                .hasMessageContaining("32")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> sealerFor(Map.of(KEY, "not*base64*at*all")))
                .hasMessageContaining("not Base64")
                .hasMessageNotContaining("*");
        assertThatThrownBy(() -> sealerFor(Map.of(KEY, "  ")))
                .as("set but blank is no way to switch encryption off")
                .hasMessageContaining(KEY);
    }

    @Test
    void anInvalidPreviousKeyStopsTheStartToo() {
        assertThatThrownBy(() -> sealerFor(Map.of(KEY, randomKey(), PREVIOUS_KEYS, "c2hvcnQ=")))
                .hasMessageContaining(PREVIOUS_KEYS)
                .hasMessageNotContaining("c2hvcnQ=");
    }

    @Test
    void previousKeysWithoutACurrentOneStopTheStart() {
        assertThatThrownBy(() -> sealerFor(Map.of(PREVIOUS_KEYS, randomKey())))
                .hasMessageContaining(PREVIOUS_KEYS)
                .hasMessageContaining(KEY + " is not");
    }

    @Test
    void theBoundSettingsNeverPrintAKey() {
        String key = randomKey();
        String previous = randomKey();

        String printed = propertiesFor(Map.of(KEY, key, PREVIOUS_KEYS, previous))
                .auth()
                .mfa()
                .toString();

        assertThat(printed).doesNotContain(key).doesNotContain(previous).contains("redacted");
    }

    /** The sealer the bean method makes of these environment variables. */
    private static SecretSealer sealerFor(Map<String, Object> environment) {
        return new SecurityAdapterConfiguration().secretSealer(propertiesFor(environment));
    }

    private static GatehouseProperties propertiesFor(Map<String, Object> environment) {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("app", GatehouseProperties.class);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
