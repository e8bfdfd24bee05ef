package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.SIGNING_KEYS;

import dev.gatehouse.adapter.out.persistence.jooq.tables.records.SigningKeysRecord;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.port.out.SigningKeyStore;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;

/**
 * Signing keys as DER bytes: the private key PKCS#8, the public key X.509 (SubjectPublicKeyInfo).
 *
 * <p>Public, unlike the other stores, because it is not a bean of {@link PersistenceConfiguration}:
 * bootstrap chooses between it and a deployer-supplied key.
 */
public final class JooqSigningKeyStore implements SigningKeyStore {
    private final DSLContext dsl;

    public JooqSigningKeyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<SigningKey> findActive() {
        return dsl.selectFrom(SIGNING_KEYS).where(SIGNING_KEYS.ACTIVE).fetchOptional(JooqSigningKeyStore::toSigningKey);
    }

    /**
     * The partial unique index signing_keys_one_active decides: a concurrent inserter waits for
     * the first one's transaction and then does nothing. The following SELECT is a new statement,
     * so under READ COMMITTED it sees whichever key won.
     */
    @Override
    public SigningKey activateIfNoneActive(SigningKey candidate) {
        insertAsActive(candidate)
                .onConflict(SIGNING_KEYS.ACTIVE)
                .where(SIGNING_KEYS.ACTIVE)
                .doNothing()
                .execute();
        return findActive()
                .orElseThrow(() -> new IllegalStateException(
                        "No active signing key right after activating one: was it retired concurrently?"));
    }

    /**
     * Locks the active row first ({@code SELECT … FOR UPDATE}), so a concurrent rotation waits for
     * this one to end. When the waiter wakes up, PostgreSQL finds the row it waited for no longer
     * active and returns nothing, and the key that replaced it is newer than that statement; so
     * the waiter asks again in a new statement, locks the new key and retires that one. Only when
     * no key is active at all is the new key simply inserted (two such inserts at once: the partial
     * unique index signing_keys_one_active fails the second).
     */
    @Override
    public void rotate(SigningKey newKey, Instant now) {
        Optional<String> active = lockActiveKid();
        while (active.isEmpty() && dsl.fetchExists(SIGNING_KEYS, SIGNING_KEYS.ACTIVE.isTrue())) {
            active = lockActiveKid();
        }
        active.ifPresent(kid -> dsl.update(SIGNING_KEYS)
                .set(SIGNING_KEYS.ACTIVE, false)
                .set(SIGNING_KEYS.RETIRED_AT, toColumn(now))
                .where(SIGNING_KEYS.KID.eq(kid))
                .execute());
        insertAsActive(newKey).execute();
    }

    @Override
    public List<SigningKey> findVerificationKeys(Instant retiredAfter) {
        return dsl.selectFrom(SIGNING_KEYS)
                .where(SIGNING_KEYS.ACTIVE.isTrue().or(SIGNING_KEYS.RETIRED_AT.gt(toColumn(retiredAfter))))
                .orderBy(SIGNING_KEYS.CREATED_AT.desc(), SIGNING_KEYS.KID)
                .fetch(JooqSigningKeyStore::toSigningKey);
    }

    /**
     * One statement: a handful of rows at most, so no batches and no SKIP LOCKED. A second
     * instance deleting at the same time waits for the first one's row locks, then finds those
     * rows gone and skips them (READ COMMITTED), so neither fails. The active key has no
     * {@code retired_at}; the explicit condition says it anyway.
     */
    @Override
    public int deleteRetiredBefore(Instant retiredBefore) {
        return dsl.deleteFrom(SIGNING_KEYS)
                .where(SIGNING_KEYS.ACTIVE.isFalse())
                .and(SIGNING_KEYS.RETIRED_AT.lt(toColumn(retiredBefore)))
                .execute();
    }

    private Optional<String> lockActiveKid() {
        return dsl.select(SIGNING_KEYS.KID)
                .from(SIGNING_KEYS)
                .where(SIGNING_KEYS.ACTIVE)
                .forUpdate()
                .fetchOptional(SIGNING_KEYS.KID);
    }

    /** The insert of {@code key} as the active key, for the caller to finish (and execute). */
    private InsertSetMoreStep<SigningKeysRecord> insertAsActive(SigningKey key) {
        return dsl.insertInto(SIGNING_KEYS)
                .set(SIGNING_KEYS.KID, key.kid())
                .set(SIGNING_KEYS.PRIVATE_KEY, encoded(key.privateKey(), "PKCS#8"))
                .set(SIGNING_KEYS.PUBLIC_KEY, encoded(key.publicKey(), "X.509"))
                .set(SIGNING_KEYS.ACTIVE, true)
                .set(SIGNING_KEYS.CREATED_AT, toColumn(key.createdAt()));
    }

    private static byte[] encoded(Key key, String expectedFormat) {
        if (!expectedFormat.equals(key.getFormat())) {
            throw new IllegalArgumentException(
                    "Expected a " + expectedFormat + "-encodable key, got format " + key.getFormat());
        }
        return key.getEncoded();
    }

    private static SigningKey toSigningKey(SigningKeysRecord row) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateKey privateKey =
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(row.getPrivateKey()));
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(row.getPublicKey()));
            return new SigningKey(row.getKid(), privateKey, publicKey, fromColumn(row.getCreatedAt()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + row.getKid() + " cannot be decoded", e);
        }
    }
}
