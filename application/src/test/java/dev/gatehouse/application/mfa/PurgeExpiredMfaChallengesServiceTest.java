package dev.gatehouse.application.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.testing.InMemoryMfaChallengeStore;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PurgeExpiredMfaChallengesServiceTest {
    private final Fixtures world = new Fixtures();
    private final InMemoryMfaChallengeStore challenges = new InMemoryMfaChallengeStore();
    private final PurgeExpiredMfaChallengesService purge =
            new PurgeExpiredMfaChallengesService(challenges, world.unitOfWork, world.clock);
    private final UserId ada = UserId.newId();

    private void challenge(String tokenHash, Duration lifetime) {
        Instant now = world.clock.instant();
        challenges.create(tokenHash, ada, now.plus(lifetime), now);
    }

    @Test
    void deletesChallengesOnceTheirTokenHasExpiredSpentOrNot() {
        challenge("short", Duration.ofMinutes(1));
        challenge("spent", Duration.ofMinutes(1));
        challenges.spend("spent", world.clock.instant());
        challenge("long", Duration.ofMinutes(5));

        world.clock.advance(Duration.ofMinutes(1));
        assertThat(purge.purgeExpiredMfaChallenges())
                .as("at the instant of expiry")
                .isZero();

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(purge.purgeExpiredMfaChallenges()).isEqualTo(2);
        assertThat(purge.purgeExpiredMfaChallenges()).isZero();
        assertThat(challenges.lockUsable("long", world.clock.instant())).isPresent();
        assertThat(world.unitOfWork.started()).isEqualTo(3);
    }
}
