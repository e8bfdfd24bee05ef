package dev.gatehouse.domain.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SealedSecretTest {
    private static final byte[] BYTES = {1, 2, 3, 4};

    @Test
    void neitherTheGivenNorTheReturnedArrayChangesIt() {
        byte[] given = BYTES.clone();
        SealedSecret secret = new SealedSecret(given);

        given[0] = 9;
        secret.value()[1] = 9;

        assertThat(secret.value()).containsExactly(BYTES);
    }

    @Test
    void isComparedByContent() {
        assertThat(new SealedSecret(BYTES.clone()))
                .isEqualTo(new SealedSecret(BYTES.clone()))
                .hasSameHashCodeAs(new SealedSecret(BYTES.clone()))
                .isNotEqualTo(new SealedSecret(new byte[] {1, 2, 3}));
    }

    @Test
    void neverPrintsTheSecretNorDoesAnEnrolment() {
        SealedSecret secret = new SealedSecret(BYTES);
        MfaEnrolment enrolment = new MfaEnrolment(UserId.newId(), secret, Instant.EPOCH, null, OptionalLong.empty());

        assertThat(secret.toString()).isEqualTo("SealedSecret[redacted]");
        assertThat(enrolment.toString()).contains("SealedSecret[redacted]").doesNotContain("[1, 2, 3, 4]");
    }

    @Test
    void isNeverEmpty() {
        assertThatThrownBy(() -> new SealedSecret(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPendingEnrolmentHasAcceptedNoStep() {
        assertThatThrownBy(() -> new MfaEnrolment(
                        UserId.newId(), new SealedSecret(BYTES), Instant.EPOCH, null, OptionalLong.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
