package dev.gatehouse.adapter.out.security;

import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import dev.gatehouse.domain.key.SigningKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.time.Duration;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Makes the RS256 signers access tokens are signed with: through Amazon Corretto Crypto Provider
 * (AWS-LC, native code) where its jar is on the class path and its library loads on this platform,
 * otherwise through the JDK's own provider.
 *
 * <p>Why: one RS256 signature with a 2048-bit key costs the JDK about 0.85 ms of CPU and AWS-LC
 * about 0.25 ms, and signing was the largest single cost of a token refresh (bench/history). The
 * tokens are the same either way: RSASSA-PKCS1-v1_5 signatures are deterministic, so both providers
 * write the same bytes for the same key and input.
 *
 * <p>Each key is taken into the native provider once (its key object, which the provider would
 * otherwise convert on every signature), and only after a probe signed with it verified with the
 * JDK's own verifier. A key the native provider cannot take or sign correctly is signed with by the
 * JDK instead, so a faulty native library can make signing slower, never wrong.
 *
 * <p>The native provider is looked up and its library loaded on a thread of its own, when
 * {@link #startLookUp} or the first signature asks for it (see there).
 */
public final class Rs256Signers {
    /** The JCA name of Amazon Corretto Crypto Provider; nothing here needs its classes at compile time. */
    static final String NATIVE_PROVIDER_NAME = "AmazonCorrettoCryptoProvider";

    private static final String ALGORITHM = "SHA256withRSA";
    private static final byte[] PROBE =
            "gatehouse: does this provider sign as the JDK verifies?".getBytes(StandardCharsets.US_ASCII);

    static final Duration FINISH_LOOK_UP_WITHIN = Duration.ofSeconds(5);

    /** Empty: the JDK's default provider. */
    private final CompletableFuture<Optional<Provider>> chosen = new CompletableFuture<>();

    private final Supplier<Optional<Provider>> lookUp;
    private final AtomicBoolean lookUpStarted = new AtomicBoolean();

    private Rs256Signers(Supplier<Optional<Provider>> lookUp) {
        this.lookUp = lookUp;
    }

    /** The JDK's own provider, whatever else is on the class path. */
    public static Rs256Signers jdk() {
        Rs256Signers jdk = new Rs256Signers(Optional::empty);
        jdk.lookUpStarted.set(true);
        jdk.chosen.complete(Optional.empty());
        return jdk;
    }

    /** For tests: a look-up of the tests' own. */
    static Rs256Signers lookingUpWith(Supplier<Optional<Provider>> lookUp) {
        return new Rs256Signers(lookUp);
    }

    /**
     * The native provider when it is on the class path and offers RS256 here; the JDK's otherwise.
     * Nothing is looked up or loaded until {@link #startLookUp} or the first {@link #signerFor}.
     */
    public static Rs256Signers nativeWhereAvailable() {
        return new Rs256Signers(Rs256Signers::findNativeProvider);
    }

    /**
     * Looks the provider up and loads its library on a thread of its own, unless that has started
     * already. Started after the application is ready, its quarter second of a busy start (the
     * library, the provider's self-tests) is not added to the start-up; a signature needed before
     * then starts it and waits for it.
     */
    public void startLookUp() {
        if (lookUpStarted.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("native-signing-load").start(this::lookUp);
        }
    }

    /** Whatever the look-up throws means the JDK: signing must never wait for an answer that does not come. */
    private void lookUp() {
        try {
            chosen.complete(lookUp.get());
        } catch (RuntimeException | Error failure) {
            chosen.complete(Optional.empty());
        }
    }

    /**
     * Waits at most {@link #FINISH_LOOK_UP_WITHIN} for a look-up in progress, for the stop of the
     * application: the provider copies its library to a temporary directory and deletes the copy
     * once loaded, so a JVM stopped in between (a stop right after readiness) would leave it behind.
     */
    public void finishLookUp() {
        if (!lookUpStarted.get()) {
            return;
        }
        try {
            chosen.get(FINISH_LOOK_UP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException stillLoadingOrFailed) {
            // Nothing more to wait for: the stop goes on.
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Provider> findNativeProvider() {
        try {
            return ServiceLoader.load(Provider.class).stream()
                    .filter(candidate -> candidate.type().getName().endsWith("." + NATIVE_PROVIDER_NAME))
                    .map(ServiceLoader.Provider::get)
                    // Without its native library the provider registers no services.
                    .filter(candidate -> candidate.getService("Signature", ALGORITHM) != null
                            && candidate.getService("KeyFactory", "RSA") != null)
                    .findFirst();
        } catch (ServiceConfigurationError | LinkageError | RuntimeException unloadable) {
            return Optional.empty();
        }
    }

    /** Tells {@code describe} the provider's name and version (for the log) once it is known. */
    // The look-up never fails (it falls back to the JDK), so the returned stage has nothing to report.
    @SuppressWarnings("FutureReturnValueIgnored")
    public void whenChosen(Consumer<String> describe) {
        chosen.thenAccept(provider -> describe.accept(description(provider)));
    }

    /** The provider's name and version, waiting for the look-up (for tests; the log uses {@link #whenChosen}). */
    String providerDescription() {
        return description(provider());
    }

    private static String description(Optional<Provider> provider) {
        return provider.map(Provider::toString).orElse("the JDK's own provider");
    }

    private Optional<Provider> provider() {
        startLookUp();
        return chosen.join();
    }

    /** Whether signatures go through the native provider (before any key is tried); waits for the look-up. */
    boolean isNative() {
        return provider().isPresent();
    }

    /** A signer for the key: through the native provider when that takes the key and passes the probe. */
    public JWSSigner signerFor(SigningKey key) {
        return provider().flatMap(p -> nativeSigner(p, key)).orElseGet(() -> new RSASSASigner(key.privateKey()));
    }

    private static Optional<JWSSigner> nativeSigner(Provider provider, SigningKey key) {
        try {
            PrivateKey nativeKey =
                    (PrivateKey) KeyFactory.getInstance("RSA", provider).translateKey(key.privateKey());
            if (!signsAsTheJdkVerifies(provider, nativeKey, key)) {
                return Optional.empty();
            }
            RSASSASigner signer = new RSASSASigner(nativeKey);
            signer.getJCAContext().setProvider(provider);
            return Optional.of(signer);
        } catch (GeneralSecurityException | RuntimeException unusable) {
            return Optional.empty();
        }
    }

    private static boolean signsAsTheJdkVerifies(Provider provider, PrivateKey nativeKey, SigningKey key)
            throws GeneralSecurityException {
        Signature signing = Signature.getInstance(ALGORITHM, provider);
        signing.initSign(nativeKey);
        signing.update(PROBE);
        byte[] signature = signing.sign();
        Signature verifying = Signature.getInstance(ALGORITHM);
        verifying.initVerify(key.publicKey());
        verifying.update(PROBE);
        return verifying.verify(signature);
    }
}
