package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SIGNING_KEYS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.adapter.out.persistence.OverlappingTransactions.Outcomes;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.testing.RotatingSigningKeyStoreContract;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared contract of a store that rotates keys, on real PostgreSQL, plus instances racing each other. */
@PersistenceIT
class JooqSigningKeyStoreIT extends RotatingSigningKeyStoreContract {

    private final SigningKeyStore store;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqSigningKeyStoreIT(SigningKeyStore store, UnitOfWork unitOfWork, DSLContext dsl) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected SigningKeyStore store() {
        return store;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
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
}
