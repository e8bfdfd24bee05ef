package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.adapter.out.persistence.JooqSigningKeyStore;
import dev.gatehouse.adapter.out.security.PemSigningKeyStore;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Which signing-key store the deployer's settings pick. */
class SigningKeyStoreConfigurationTest {
    private static final String PEM_PROPERTY = "app.auth.signing-key.private-key-pem";

    @Test
    void withoutAPemTheKeysLiveInTheDatabase() {
        assertThat(storeFor(Map.of())).isInstanceOf(JooqSigningKeyStore.class);
    }

    @Test
    void aConfiguredPemTakesThePlaceOfTheDatabase() {
        assertThat(storeFor(Map.of(PEM_PROPERTY, generatedPem()))).isInstanceOf(PemSigningKeyStore.class);
    }

    @Test
    void aBlankPemStopsTheStartRatherThanFallingBackToTheDatabase() {
        assertThatThrownBy(() -> storeFor(Map.of(PEM_PROPERTY, "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unencrypted PKCS#8 PEM");
    }

    private static SigningKeyStore storeFor(Map<String, String> settings) {
        GatehouseProperties properties =
                new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("app", GatehouseProperties.class);
        return new SigningKeyStoreConfiguration()
                .signingKeyStore(properties, DSL.using(SQLDialect.POSTGRES), Clock.systemUTC());
    }

    private static String generatedPem() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
