package dev.gatehouse.application.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.LoginName;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lockout's check before a password is verified: a plain read for a name that is not locked,
 * and a unit of work of its own, committing the refusal's event, for one that is.
 */
class LockedBeforeCheckTest {
    private static final ClientInfo CLIENT = new ClientInfo("198.51.100.20", "bot/2");
    private static final LoginName NAME = LoginName.of("ada@example.com");
    private static final UserId ADA = UserId.newId();

    private final Fixtures world = new Fixtures();
    private final List<SecurityEvent> recorded = new ArrayList<>();
    /** For each recorded event, whether a unit of work was open when it was recorded. */
    private final List<Boolean> recordedInsideAUnitOfWork = new ArrayList<>();

    private final LoginThrottling throttling = new LoginThrottling(
            world.throttles,
            event -> {
                recorded.add(event);
                recordedInsideAUnitOfWork.add(world.unitOfWork.isOpen());
            },
            world.unitOfWork,
            world.clock);

    private void failFiveTimes() {
        world.unitOfWork.run(() -> {
            for (int i = 0; i < 5; i++) {
                throttling.recordFailure(NAME, ADA, "wrong-password", CLIENT);
            }
        });
        recorded.clear();
        recordedInsideAUnitOfWork.clear();
    }

    @Test
    void aNameWithoutFailuresIsNotLockedAndOpensNoUnitOfWork() {
        int unitsBefore = world.unitOfWork.started();

        assertThat(throttling.lockedBeforeCheck(NAME, ADA, CLIENT)).isEmpty();

        assertThat(world.unitOfWork.started()).isEqualTo(unitsBefore);
        assertThat(recorded).isEmpty();
    }

    @Test
    void aLockedNameIsRefusedAndItsRefusalRecordedInsideAUnitOfWork() {
        failFiveTimes();
        int unitsBefore = world.unitOfWork.started();

        assertThat(throttling.lockedBeforeCheck(NAME, ADA, CLIENT)).contains(Duration.ofSeconds(30));

        assertThat(world.unitOfWork.started()).isEqualTo(unitsBefore + 1);
        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(SecurityEventType.LOGIN_THROTTLED);
            assertThat(event.userId()).isEqualTo(ADA);
            assertThat(event.client()).isEqualTo(CLIENT);
        });
        assertThat(recordedInsideAUnitOfWork).containsExactly(true);
    }

    @Test
    void aNameWhoseLockEndedIsNotLockedAndOpensNoUnitOfWork() {
        failFiveTimes();
        world.clock.advance(Duration.ofSeconds(30));
        int unitsBefore = world.unitOfWork.started();

        assertThat(throttling.lockedBeforeCheck(NAME, ADA, CLIENT)).isEmpty();

        assertThat(world.unitOfWork.started()).isEqualTo(unitsBefore);
        assertThat(recorded).isEmpty();
    }
}
