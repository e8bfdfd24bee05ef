package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import dev.gatehouse.domain.key.SigningKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class Rs256SignersTest {
    private static final SigningKey KEY = SigningKey.generate(Instant.parse("2026-01-01T00:00:00Z"));
    private static final String PAYLOAD = "{\"sub\":\"ada\",\"iat\":1796353957}";

    /** The build adds the native provider's jar on exactly these platforms (adapters-security's pom). */
    private static boolean buildAddsTheNativeProvider() {
        String arch = System.getProperty("os.arch");
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).equals("linux")
                && (arch.equals("amd64") || arch.equals("aarch64"));
    }

    @Test
    void onTheLinuxPlatformsTheBuildCoversTheNativeProviderIsTheOneInUse() {
        Rs256Signers signers = Rs256Signers.nativeWhereAvailable();

        assertThat(signers.isNative()).isEqualTo(buildAddsTheNativeProvider());
        if (buildAddsTheNativeProvider()) {
            assertThat(signers.providerDescription()).startsWith(Rs256Signers.NATIVE_PROVIDER_NAME);
            assertThat(providerOf(signers.signerFor(KEY))).isEqualTo(Rs256Signers.NATIVE_PROVIDER_NAME);
        }
    }

    /** The look-up waits for startLookUp (after the start-up, in the application), then tells its choice. */
    @Test
    void theChoiceIsToldOnceTheLookUpThatStartLookUpBeganIsDone() throws Exception {
        Rs256Signers signers = Rs256Signers.nativeWhereAvailable();
        CompletableFuture<String> told = new CompletableFuture<>();
        signers.whenChosen(told::complete);

        Thread.sleep(200);
        assertThat(told).as("nothing is looked up before it is asked for").isNotDone();
        signers.startLookUp();

        assertThat(told.get(30, TimeUnit.SECONDS)).isEqualTo(signers.providerDescription());
        assertThat(told.get())
                .startsWith(
                        buildAddsTheNativeProvider() ? Rs256Signers.NATIVE_PROVIDER_NAME : "the JDK's own provider");
    }

    /** The application's stop waits for a look-up in progress (its library copy is deleted at its end). */
    @Test
    void finishingWaitsForALookUpInProgress() {
        CountDownLatch lookingUp = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Rs256Signers signers = Rs256Signers.lookingUpWith(() -> {
            lookingUp.countDown();
            sleep(Duration.ofMillis(300));
            finished.set(true);
            return Optional.empty();
        });
        signers.startLookUp();
        await(lookingUp);

        signers.finishLookUp();

        assertThat(finished).isTrue();
    }

    /** Before the look-up caught what it throws, this signature waited for ever: hence the time-out (on a thread of its own, since join() ignores interrupts). */
    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLookUpThatThrowsLeavesSigningToTheJdk() throws Exception {
        Rs256Signers signers = Rs256Signers.lookingUpWith(() -> {
            throw new ExceptionInInitializerError("the native library did not load");
        });

        JWSSigner signer = signers.signerFor(KEY);

        assertThat(providerOf(signer)).isNull();
        assertThat(signers.isNative()).isFalse();
        assertThat(JWSObject.parse(sign(signer)).verify(new RSASSAVerifier(KEY.publicKey())))
                .isTrue();
    }

    @Test
    void finishingWithoutALookUpReturnsAtOnceAndStartsNone() {
        AtomicBoolean lookedUp = new AtomicBoolean();
        Rs256Signers signers = Rs256Signers.lookingUpWith(() -> {
            lookedUp.set(true);
            return Optional.empty();
        });

        signers.finishLookUp();

        assertThat(lookedUp).isFalse();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RSASSA-PKCS1-v1_5 is deterministic: the providers must agree byte for byte. */
    @Test
    void theNativeProviderWritesTheJdksSignatureBytes() throws Exception {
        String nativelySigned = sign(Rs256Signers.nativeWhereAvailable().signerFor(KEY));
        String signedByTheJdk = sign(Rs256Signers.jdk().signerFor(KEY));

        assertThat(nativelySigned).isEqualTo(signedByTheJdk);
        assertThat(JWSObject.parse(nativelySigned).verify(new RSASSAVerifier(KEY.publicKey())))
                .isTrue();
    }

    @Test
    void theJdkChoiceSignsThroughTheJdkEvenWithTheNativeProviderPresent() {
        Rs256Signers jdk = Rs256Signers.jdk();

        assertThat(jdk.isNative()).isFalse();
        assertThat(jdk.providerDescription()).isEqualTo("the JDK's own provider");
        assertThat(providerOf(jdk.signerFor(KEY))).isNull();
    }

    /**
     * The probe: a key whose native signature the JDK does not verify (here, because its public half
     * belongs to another key) is signed with by the JDK, never through the native provider.
     */
    @Test
    void aKeyWhoseNativeSignatureTheJdkDoesNotVerifyIsSignedWithByTheJdk() throws Exception {
        SigningKey other = SigningKey.generate(Instant.parse("2026-01-02T00:00:00Z"));
        SigningKey mismatched = new SigningKey(
                "mismatched", KEY.privateKey(), other.publicKey(), Instant.parse("2026-01-03T00:00:00Z"));

        JWSSigner signer = Rs256Signers.nativeWhereAvailable().signerFor(mismatched);

        assertThat(providerOf(signer)).isNull();
        assertThat(JWSObject.parse(sign(signer)).verify(new RSASSAVerifier(KEY.publicKey())))
                .isTrue();
    }

    private static String providerOf(JWSSigner signer) {
        var provider = ((RSASSASigner) signer).getJCAContext().getProvider();
        return provider == null ? null : provider.getName();
    }

    private static String sign(JWSSigner signer) throws Exception {
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.kid()).build(), new Payload(PAYLOAD));
        jws.sign(signer);
        return jws.serialize();
    }
}
