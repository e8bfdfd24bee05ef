package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SIGNING_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import dev.gatehouse.domain.auth.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = PersistenceTestApplication.class)
class JooqSigningKeyStoreIT {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");
    private static final byte[] SIGNING_INPUT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ".getBytes(StandardCharsets.US_ASCII);

    private final SigningKeyStore store;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.registerNew(registry);
    }

    @Autowired
    JooqSigningKeyStoreIT(SigningKeyStore store, UnitOfWork unitOfWork, DSLContext dsl) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @BeforeEach
    void startFromAnEmptyStore() {
        CleanDatabase.truncateAllTables(dsl);
    }

    @Test
    void hasNoActiveKeyAtFirst() {
        assertThat(store.findActive()).isEmpty();
        assertThat(store.findVerificationKeys()).isEmpty();
    }

    @Test
    void aStoredKeyStillMakesAndChecksRs256Signatures() throws GeneralSecurityException {
        SigningKey original = SigningKey.generate(T0);
        unitOfWork.inTransaction(() -> store.activateIfNoneActive(original));

        SigningKey stored = store.findActive().orElseThrow();

        assertThat(stored.kid()).isEqualTo(original.kid());
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.publicKey()).isEqualTo(original.publicKey());
        assertThat(verifies(original.publicKey(), rs256(stored.privateKey()))).isTrue();
        assertThat(verifies(stored.publicKey(), rs256(original.privateKey()))).isTrue();
        assertThat(verifies(stored.publicKey(), rs256(SigningKey.generate(T0).privateKey()))).isFalse();
    }

    @Test
    void keepsTheActiveKeyWhenAnotherIsOffered() {
        SigningKey first = SigningKey.generate(T0);
        SigningKey later = SigningKey.generate(T0.plusSeconds(60));

        SigningKey activeAfterFirst = unitOfWork.inTransaction(() -> store.activateIfNoneActive(first));
        SigningKey activeAfterLater = unitOfWork.inTransaction(() -> store.activateIfNoneActive(later));

        assertThat(activeAfterFirst.kid()).isEqualTo(first.kid());
        assertThat(activeAfterLater.kid()).isEqualTo(first.kid());
        assertThat(dsl.fetchCount(SIGNING_KEYS)).isEqualTo(1);
    }

    @Test
    void concurrentActivationsAgreeOnOneKey() throws InterruptedException {
        SigningKey first = SigningKey.generate(T0);
        SigningKey second = SigningKey.generate(T0);

        Outcomes<SigningKey, SigningKey> outcomes = OverlappingTransactions.run(unitOfWork, dsl,
                () -> store.activateIfNoneActive(first), () -> store.activateIfNoneActive(second));

        assertThat(outcomes.first().failure()).isNull();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.first().value().kid()).isEqualTo(first.kid());
        assertThat(outcomes.second().value().kid()).isEqualTo(first.kid());
        assertThat(dsl.fetchCount(SIGNING_KEYS, SIGNING_KEYS.ACTIVE.isTrue())).isEqualTo(1);
    }

    @Test
    void verificationKeysAreTheUnretiredOnesNewestFirst() {
        SigningKey active = SigningKey.generate(T0);
        SigningKey newerInactive = SigningKey.generate(T0.plusSeconds(60));
        SigningKey retired = SigningKey.generate(T0.plusSeconds(120));
        unitOfWork.inTransaction(() -> store.activateIfNoneActive(active));
        storeInactive(newerInactive, null);
        storeInactive(retired, T0.plusSeconds(180));

        assertThat(store.findVerificationKeys()).extracting(SigningKey::kid)
                .containsExactly(newerInactive.kid(), active.kid());
    }

    /** Rotation does not exist yet, so keys that are not active are written here directly. */
    private void storeInactive(SigningKey key, Instant retiredAt) {
        dsl.insertInto(SIGNING_KEYS)
                .set(SIGNING_KEYS.KID, key.kid())
                .set(SIGNING_KEYS.PRIVATE_KEY, key.privateKey().getEncoded())
                .set(SIGNING_KEYS.PUBLIC_KEY, key.publicKey().getEncoded())
                .set(SIGNING_KEYS.ACTIVE, false)
                .set(SIGNING_KEYS.CREATED_AT, key.createdAt().atOffset(ZoneOffset.UTC))
                .set(SIGNING_KEYS.RETIRED_AT, retiredAt == null ? null : OffsetDateTime.ofInstant(retiredAt, ZoneOffset.UTC))
                .execute();
    }

    private static byte[] rs256(PrivateKey key) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(SIGNING_INPUT);
        return signer.sign();
    }

    private static boolean verifies(PublicKey key, byte[] signature) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update(SIGNING_INPUT);
        return verifier.verify(signature);
    }
}
