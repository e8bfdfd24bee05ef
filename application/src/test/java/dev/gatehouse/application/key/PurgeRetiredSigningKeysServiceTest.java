package dev.gatehouse.application.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.key.SigningKey;
import dev.gatehouse.domain.testing.InMemorySigningKeyStore;
import dev.gatehouse.domain.token.ClockSkew;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurgeRetiredSigningKeysServiceTest {
    /** Access-token lifetime (15 min) plus the contract's clock skew (60 s). */
    private static final Duration WINDOW = Duration.ofMinutes(16);

    private final Fixtures world = new Fixtures();
    private final InMemorySigningKeyStore keys = new InMemorySigningKeyStore();
    private final PurgeRetiredSigningKeysService purge = new PurgeRetiredSigningKeysService(
            keys, world.unitOfWork, Fixtures.LIFETIMES, ClockSkew.CONTRACT, world.clock);

    @Test
    void deletesRetiredSigningKeysPastTheirVerificationWindowOnly() {
        SigningKey first = keys.activateIfNoneActive(
                SigningKey.generate(world.clock.instant().minus(Duration.ofDays(30))));
        Instant firstRetired = world.clock.instant();
        SigningKey second = SigningKey.generate(firstRetired);
        keys.rotate(second, firstRetired);
        world.clock.advance(Duration.ofMinutes(10));
        Instant secondRetired = world.clock.instant();
        SigningKey third = SigningKey.generate(secondRetired);
        keys.rotate(third, secondRetired);

        world.clock.advance(WINDOW.minus(Duration.ofMinutes(10)));
        assertThat(purge.purgeRetiredSigningKeys())
                .as("the first key is exactly at the window's edge")
                .isZero();
        assertThat(keys.all()).containsExactly(third, second, first);

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(purge.purgeRetiredSigningKeys()).isEqualTo(1);
        assertThat(keys.all()).containsExactly(third, second);
        assertThat(keys.findVerificationKeys(world.clock.instant().minus(WINDOW)))
                .containsExactly(third, second);

        world.clock.advance(Duration.ofDays(365));
        assertThat(purge.purgeRetiredSigningKeys()).isEqualTo(1);
        assertThat(keys.all())
                .as("the active key is never deleted, however old")
                .containsExactly(third);
        assertThat(keys.findActive()).contains(third);
    }
}
