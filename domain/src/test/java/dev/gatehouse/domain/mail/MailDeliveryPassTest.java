package dev.gatehouse.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailDeliveryPassTest {
    private static final Instant QUEUED_AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final MailDeliveryPass.Failure RETRIED =
            new MailDeliveryPass.Failure(MailTopic.VERIFY_EMAIL, 1, QUEUED_AT, "refused", false);
    private static final MailDeliveryPass.Failure GIVEN_UP =
            new MailDeliveryPass.Failure(MailTopic.PASSWORD_RESET, 7, QUEUED_AT, "timed out", true);

    @Test
    void givenUpListsOnlyTheLastAttemptsInTheirOrder() {
        MailDeliveryPass pass = new MailDeliveryPass(4, List.of(GIVEN_UP, RETRIED, GIVEN_UP), List.of());

        assertThat(pass.givenUp()).containsExactly(GIVEN_UP, GIVEN_UP);
        assertThat(pass.delivered()).isEqualTo(1);
        assertThat(MailDeliveryPass.NOTHING_DUE.givenUp()).isEmpty();
    }

    @Test
    void failsOnlyMailsItClaimed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new MailDeliveryPass(1, List.of(RETRIED, GIVEN_UP), List.of()))
                .withMessageContaining("1 claimed, 2 failed");
        assertThatIllegalArgumentException().isThrownBy(() -> new MailDeliveryPass(-1, List.of(), List.of()));
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        List<MailTopic> afterLease = new ArrayList<>(List.of(MailTopic.EMAIL_CHANGED_NOTICE));
        MailDeliveryPass pass = new MailDeliveryPass(1, List.of(), afterLease);

        afterLease.clear();

        assertThat(pass.deliveredAfterLease()).containsExactly(MailTopic.EMAIL_CHANGED_NOTICE);
    }
}
