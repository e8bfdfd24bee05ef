package dev.gatehouse.application.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurgeExpiredEmailTokensServiceTest {
    private final EmailWorld world = new EmailWorld();
    private final PurgeExpiredEmailTokensService purge =
            new PurgeExpiredEmailTokensService(world.emailTokens, world.unitOfWork, world.clock);

    @Test
    void deletesTheTokensThatHaveExpiredOnly() {
        User ada = world.openUser("ada@example.com");
        world.requestReset("ada@example.com"); // 30 minutes
        world.requestChange(ada, "ada@new.example", EmailWorld.PASSWORD); // 24 hours

        world.clock.advance(Duration.ofMinutes(31));
        assertThat(purge.purgeExpiredEmailTokens()).isEqualTo(1);
        assertThat(world.emailTokens.lastIssuedAt(ada.id(), EmailTokenPurpose.PASSWORD_RESET))
                .isEmpty();
        assertThat(world.emailTokens.lastIssuedAt(ada.id(), EmailTokenPurpose.EMAIL_CHANGE))
                .isPresent();
        assertThat(world.unitOfWork.started()).isGreaterThanOrEqualTo(1);

        world.clock.advance(Duration.ofHours(24));
        assertThat(purge.purgeExpiredEmailTokens()).isEqualTo(1);
        assertThat(purge.purgeExpiredEmailTokens()).isZero();
    }
}
