package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.mfa.MfaChallenge;
import dev.gatehouse.domain.port.out.MfaChallengeStore;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MfaChallengeStore} must do, one request at a time; run against the in-memory
 * fake and the real adapter (whose tests add the races). Each test starts from an empty store and
 * one stored account. Times have microsecond precision (PostgreSQL's).
 */
public abstract class MfaChallengeStoreContract extends AccountOwnedStoreContract {
    protected static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00.123456Z");
    protected static final Instant EXPIRES = ISSUED.plus(Duration.ofMinutes(5));
    protected static final String TOKEN = "1".repeat(64);
    private static final String OTHER_TOKEN = "2".repeat(64);

    protected abstract MfaChallengeStore store();

    /** A challenge for the owner under {@link #TOKEN}, issued at {@link #ISSUED}, expiring at {@link #EXPIRES}. */
    protected final void createChallenge() {
        run(() -> store().create(TOKEN, owner(), EXPIRES, ISSUED));
    }

    protected final void countFailures(int failures) {
        IntStream.range(0, failures).forEach(i -> run(() -> store().countFailure(TOKEN)));
    }

    @Test
    void aNewChallengeIsUsableUntilItExpires() {
        createChallenge();

        assertThat(inTransaction(() -> store().lockUsable(TOKEN, ISSUED)))
                .contains(new MfaChallenge(TOKEN, owner(), ISSUED, EXPIRES, 0));
        assertThat(inTransaction(() -> store().lockUsable(TOKEN, EXPIRES.minusNanos(1000))))
                .isPresent();
        assertThat(inTransaction(() -> store().lockUsable(TOKEN, EXPIRES))).isEmpty();
        assertThat(inTransaction(() -> store().lockUsable(OTHER_TOKEN, ISSUED)))
                .as("an unknown token")
                .isEmpty();
    }

    @Test
    void countsEachFailure() {
        createChallenge();

        assertThat(inTransaction(() -> store().countFailure(TOKEN))).isEqualTo(1);
        assertThat(inTransaction(() -> store().countFailure(TOKEN))).isEqualTo(2);

        assertThat(inTransaction(() -> store().lockUsable(TOKEN, ISSUED))
                        .orElseThrow()
                        .failures())
                .isEqualTo(2);
        assertThat(inTransaction(() -> store().countFailure(OTHER_TOKEN)))
                .as("an unknown token")
                .isZero();
    }

    @Test
    void aChallengeStaysUsableForFewerThanFiveFailures() {
        createChallenge();
        countFailures(MfaChallenge.MAX_FAILURES - 1);

        assertThat(inTransaction(() -> store().lockUsable(TOKEN, ISSUED))).isPresent();
        assertThat(inTransaction(() -> store().spend(TOKEN, ISSUED))).isTrue();
    }

    @Test
    void theFifthFailureEndsTheChallenge() {
        createChallenge();
        countFailures(MfaChallenge.MAX_FAILURES);

        assertThat(inTransaction(() -> store().lockUsable(TOKEN, ISSUED))).isEmpty();
        assertThat(inTransaction(() -> store().spend(TOKEN, ISSUED))).isFalse();
    }

    @Test
    void aChallengeIsSpentOnce() {
        createChallenge();

        assertThat(inTransaction(() -> store().spend(TOKEN, ISSUED.plusSeconds(10))))
                .isTrue();

        assertThat(inTransaction(() -> store().spend(TOKEN, ISSUED.plusSeconds(11))))
                .isFalse();
        assertThat(inTransaction(() -> store().lockUsable(TOKEN, ISSUED.plusSeconds(11))))
                .isEmpty();
    }

    @Test
    void anExpiredChallengeCannotBeSpent() {
        createChallenge();

        assertThat(inTransaction(() -> store().spend(TOKEN, EXPIRES))).isFalse();
        assertThat(inTransaction(() -> store().spend(OTHER_TOKEN, ISSUED)))
                .as("an unknown token")
                .isFalse();
    }

    @Test
    void purgesChallengesThatExpiredBeforeTheCutOffSpentOrNot() {
        createChallenge();
        run(() -> store().spend(TOKEN, ISSUED));
        run(() -> store().create(OTHER_TOKEN, owner(), EXPIRES.plusSeconds(60), ISSUED.plusSeconds(60)));
        run(() -> store().create("3".repeat(64), owner(), EXPIRES.plusSeconds(120), ISSUED.plusSeconds(120)));

        assertThat(inTransaction(() -> store().purgeExpired(EXPIRES.plusSeconds(60))))
                .isEqualTo(1);

        assertThat(inTransaction(() -> store().countFailure(TOKEN)))
                .as("purged")
                .isZero();
        assertThat(inTransaction(() -> store().lockUsable(OTHER_TOKEN, ISSUED.plusSeconds(60))))
                .as("expiring exactly at the cut-off")
                .isPresent();
        assertThat(inTransaction(() -> store().purgeExpired(EXPIRES.plusSeconds(121))))
                .isEqualTo(2);
    }
}
