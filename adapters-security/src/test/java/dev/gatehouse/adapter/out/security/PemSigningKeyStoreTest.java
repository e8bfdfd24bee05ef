package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.key.SigningKeyRotationUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemSigningKeyStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC);
    private static final KeyPair PAIR = rsa(2048);
    private static final String PEM = pem("PRIVATE KEY", PAIR.getPrivate().getEncoded());

    @Test
    void theConfiguredKeyIsActiveAndTheOnlyVerificationKey() {
        PemSigningKeyStore store = new PemSigningKeyStore(PEM, CLOCK);

        SigningKey active = store.findActive().orElseThrow();
        assertThat(active.publicKey()).isEqualTo(PAIR.getPublic());
        assertThat(active.privateKey()).isEqualTo(PAIR.getPrivate());
        assertThat(active.createdAt()).isEqualTo(CLOCK.instant());
        assertThat(store.findVerificationKeys(Instant.EPOCH)).containsExactly(active);
    }

    @Test
    void theDerivedPublicKeyVerifiesWhatThePrivateKeySigns() throws Exception {
        SigningKey key = new PemSigningKeyStore(PEM, CLOCK).findActive().orElseThrow();
        byte[] message = "header.payload".getBytes(StandardCharsets.US_ASCII);

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key.privateKey());
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key.publicKey());
        verifier.update(message);

        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void theKidIsTheRfc7638ThumbprintSoEveryInstanceAgrees() throws Exception {
        String expected = new RSAKey.Builder((RSAPublicKey) PAIR.getPublic())
                .build()
                .computeThumbprint()
                .toString();

        assertThat(new PemSigningKeyStore(PEM, CLOCK).findActive().orElseThrow().kid())
                .isEqualTo(expected);
        assertThat(new PemSigningKeyStore(PEM, Clock.systemUTC())
                        .findActive()
                        .orElseThrow()
                        .kid())
                .isEqualTo(expected);
    }

    @Test
    void theConfiguredKeyCannotBeRotatedAway() {
        PemSigningKeyStore store = new PemSigningKeyStore(PEM, CLOCK);
        SigningKey configured = store.findActive().orElseThrow();

        assertThatThrownBy(() -> store.rotate(SigningKey.generate(CLOCK.instant()), CLOCK.instant()))
                .isInstanceOf(SigningKeyRotationUnavailableException.class)
                .hasMessageContaining("PEM");
        assertThat(store.findActive()).contains(configured);
    }

    @Test
    void aPemWithSurroundingTextAndCrLfIsRead() {
        String messy = "key for prod\r\n" + PEM.replace("\n", "\r\n") + "\r\n";

        assertThat(new PemSigningKeyStore(messy, CLOCK).findActive()).isPresent();
    }

    @Test
    void aPkcs1KeyIsRefusedWithAHowToConvert() {
        String pkcs1 = pem("RSA PRIVATE KEY", PAIR.getPrivate().getEncoded());

        assertThatThrownBy(() -> new PemSigningKeyStore(pkcs1, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void somethingThatIsNoKeyIsRefused() {
        String garbage = pem("PRIVATE KEY", "not a key".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> new PemSigningKeyStore(garbage, CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PemSigningKeyStore(null, CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyShorterThan2048BitsIsRefused() {
        String weak = pem("PRIVATE KEY", rsa(1024).getPrivate().getEncoded());

        assertThatThrownBy(() -> new PemSigningKeyStore(weak, CLOCK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2048");
    }

    @Test
    void anEcKeyIsRefused() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        String ecPem = pem("PRIVATE KEY", ec.generateKeyPair().getPrivate().getEncoded());

        assertThatThrownBy(() -> new PemSigningKeyStore(ecPem, CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }
}
