package dev.gatehouse.application.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.LoginName;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurgeIdleLoginThrottlesServiceTest {
    private final Fixtures world = new Fixtures();
    private final PurgeIdleLoginThrottlesService purge =
            new PurgeIdleLoginThrottlesService(world.throttles, world.unitOfWork, world.clock);

    @Test
    void forgetsANamesFailuresOnlyOnceTheyHaveBeenIdleForADay() {
        LoginName name = LoginName.of("ada@example.com");
        world.throttling.recordFailure(name, null, "unknown-email", ClientInfo.unknown());

        world.clock.advance(PurgeIdleLoginThrottlesService.IDLE);
        assertThat(purge.purgeIdleLoginThrottles()).as("exactly a day idle").isZero();
        assertThat(world.throttles.find(name.value())).isPresent();

        world.clock.advance(Duration.ofSeconds(1));
        assertThat(purge.purgeIdleLoginThrottles()).isEqualTo(1);
        assertThat(world.throttles.find(name.value())).isEmpty();
        assertThat(world.unitOfWork.started()).isEqualTo(2);
    }
}
