package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SIGNING_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.adapter.out.persistence.jooq.tables.records.SigningKeysRecord;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIT
class JooqSigningKeyStoreIT {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");
    private static final byte[] SIGNING_INPUT =
            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZGEifQ".getBytes(StandardCharsets.US_ASCII);

    private final SigningKeyStore store;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqSigningKeyStoreIT(SigningKeyStore store, UnitOfWork unitOfWork, DSLContext dsl) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Test
    void hasNoActiveKeyAtFirst() {
        assertThat(store.findActive()).isEmpty();
        assertThat(store.findVerificationKeys(T0)).isEmpty();
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
        assertThat(verifies(stored.publicKey(), rs256(SigningKey.generate(T0).privateKey())))
                .isFalse();
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

        Outcomes<SigningKey, SigningKey> outcomes = OverlappingTransactions.run(
                unitOfWork, dsl, () -> store.activateIfNoneActive(first), () -> store.activateIfNoneActive(second));

        assertThat(outcomes.first().failure()).isNull();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.first().value().kid()).isEqualTo(first.kid());
        assertThat(outcomes.second().value().kid()).isEqualTo(first.kid());
        assertThat(dsl.fetchCount(SIGNING_KEYS, SIGNING_KEYS.ACTIVE.isTrue())).isEqualTo(1);
    }

    @Test
    void rotationRetiresTheActiveKeyAndActivatesTheNewOne() {
        SigningKey original = SigningKey.generate(T0);
        unitOfWork.inTransaction(() -> store.activateIfNoneActive(original));
        Instant rotatedAt = T0.plus(Duration.ofDays(7));
        SigningKey replacement = SigningKey.generate(rotatedAt);

        unitOfWork.run(() -> store.rotate(replacement, rotatedAt));

        assertThat(store.findActive()).map(SigningKey::kid).contains(replacement.kid());
        SigningKeysRecord retired = dsl.fetchSingle(SIGNING_KEYS, SIGNING_KEYS.KID.eq(original.kid()));
        assertThat(retired.getActive()).isFalse();
        assertThat(retired.getRetiredAt().toInstant()).isEqualTo(rotatedAt);
        assertThat(dsl.fetchSingle(SIGNING_KEYS, SIGNING_KEYS.KID.eq(replacement.kid()))
                        .getRetiredAt())
                .isNull();
    }

    /** A retired key verifies while it was retired after the cut-off (strictly), newest key first. */
    @Test
    void verificationKeysAreTheActiveOneAndThoseRetiredAfterTheCutOff() {
        SigningKey first = SigningKey.generate(T0);
        SigningKey second = SigningKey.generate(T0.plusSeconds(60));
        SigningKey third = SigningKey.generate(T0.plusSeconds(120));
        unitOfWork.inTransaction(() -> store.activateIfNoneActive(first));
        unitOfWork.run(() -> store.rotate(second, T0.plusSeconds(60)));
        unitOfWork.run(() -> store.rotate(third, T0.plusSeconds(120)));

        assertThat(store.findVerificationKeys(T0))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid(), second.kid(), first.kid());
        assertThat(store.findVerificationKeys(T0.plusSeconds(60).minusNanos(1_000)))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid(), second.kid(), first.kid());
        assertThat(store.findVerificationKeys(T0.plusSeconds(60)))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid(), second.kid());
        assertThat(store.findVerificationKeys(T0.plusSeconds(120)))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid());
        assertThat(store.findVerificationKeys(T0.plus(Duration.ofDays(365))))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid());
    }

    @Test
    void rotatingWithoutAnActiveKeyActivatesTheNewOne() {
        SigningKey key = SigningKey.generate(T0);

        unitOfWork.run(() -> store.rotate(key, T0));

        assertThat(store.findActive()).map(SigningKey::kid).contains(key.kid());
    }

    /**
     * The second rotation waits for the first one's lock on the active row, then retires the key
     * the first one made: one active key, and every other one retired (none lost in between).
     */
    @Test
    void concurrentRotationsLeaveExactlyOneActiveKey() throws InterruptedException {
        SigningKey original = SigningKey.generate(T0);
        unitOfWork.inTransaction(() -> store.activateIfNoneActive(original));
        SigningKey byFirst = SigningKey.generate(T0.plusSeconds(10));
        SigningKey bySecond = SigningKey.generate(T0.plusSeconds(20));

        Outcomes<Object, Object> outcomes = OverlappingTransactions.run(
                unitOfWork, dsl, () -> rotate(byFirst, T0.plusSeconds(10)), () -> rotate(bySecond, T0.plusSeconds(20)));

        assertThat(outcomes.first().failure()).isNull();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(dsl.fetch(SIGNING_KEYS, SIGNING_KEYS.ACTIVE.isTrue()).getValues(SIGNING_KEYS.KID))
                .containsExactly(bySecond.kid());
        assertThat(retiredAt(original)).isEqualTo(T0.plusSeconds(10));
        assertThat(retiredAt(byFirst)).isEqualTo(T0.plusSeconds(20));
    }

    /** Past its verification window a retired key's whole row goes, private key included. */
    @Test
    void deletesRetiredKeysPastTheWindowWithTheirPrivateKeyAndKeepsTheOthers() {
        Duration window = Duration.ofMinutes(16);
        SigningKey first = SigningKey.generate(T0);
        SigningKey second = SigningKey.generate(T0.plusSeconds(60));
        SigningKey third = SigningKey.generate(T0.plusSeconds(120));
        unitOfWork.inTransaction(() -> store.activateIfNoneActive(first));
        unitOfWork.run(() -> store.rotate(second, T0.plusSeconds(60)));
        unitOfWork.run(() -> store.rotate(third, T0.plusSeconds(120)));
        Instant now = T0.plusSeconds(90).plus(window);

        int deleted = unitOfWork.inTransaction(() -> store.deleteRetiredBefore(now.minus(window)));

        assertThat(deleted).isEqualTo(1);
        assertThat(dsl.fetchExists(SIGNING_KEYS, SIGNING_KEYS.KID.eq(first.kid())))
                .isFalse();
        assertThat(dsl.fetchSingle(SIGNING_KEYS, SIGNING_KEYS.KID.eq(second.kid()))
                        .getPrivateKey())
                .isNotEmpty();
        assertThat(store.findVerificationKeys(now.minus(window)))
                .extracting(SigningKey::kid)
                .containsExactly(third.kid(), second.kid());

        Instant muchLater = T0.plus(Duration.ofDays(365));
        assertThat(unitOfWork.inTransaction(() -> store.deleteRetiredBefore(muchLater)))
                .isEqualTo(1);
        assertThat(dsl.fetch(SIGNING_KEYS).getValues(SIGNING_KEYS.KID))
                .as("never the active key")
                .containsExactly(third.kid());
        assertThat(store.findActive()).map(SigningKey::kid).contains(third.kid());
    }

    @Test
    void instancesPurgingKeysAtOnceBothSucceed() throws InterruptedException {
        SigningKey first = SigningKey.generate(T0);
        SigningKey second = SigningKey.generate(T0.plusSeconds(60));
        unitOfWork.inTransaction(() -> store.activateIfNoneActive(first));
        unitOfWork.run(() -> store.rotate(second, T0.plusSeconds(60)));
        Instant cutOff = T0.plus(Duration.ofDays(1));

        Outcomes<Integer, Integer> outcomes = OverlappingTransactions.run(
                unitOfWork, dsl, () -> store.deleteRetiredBefore(cutOff), () -> store.deleteRetiredBefore(cutOff));

        assertThat(outcomes.first().failure()).isNull();
        assertThat(outcomes.second().failure()).isNull();
        assertThat(outcomes.first().value() + outcomes.second().value()).isEqualTo(1);
        assertThat(dsl.fetch(SIGNING_KEYS).getValues(SIGNING_KEYS.KID)).containsExactly(second.kid());
    }

    private Object rotate(SigningKey newKey, Instant now) {
        store.rotate(newKey, now);
        return null;
    }

    private Instant retiredAt(SigningKey key) {
        return dsl.fetchSingle(SIGNING_KEYS, SIGNING_KEYS.KID.eq(key.kid()))
                .getRetiredAt()
                .toInstant();
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
