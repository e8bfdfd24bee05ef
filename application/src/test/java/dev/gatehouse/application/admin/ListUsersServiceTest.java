package dev.gatehouse.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.mfa.MfaEnrolment;
import dev.gatehouse.domain.mfa.SealedSecret;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.testing.InMemoryMfaEnrolmentStore;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListUsersServiceTest {
    private final Fixtures world = new Fixtures();
    private final CountingMfaEnrolmentStore enrolments = new CountingMfaEnrolmentStore();
    private final ListUsersService list = new ListUsersService(world.users, enrolments);

    /** A full page of 100 accounts costs one read of the enrolments, not one per account. */
    @Test
    void readsTheEnrolmentsOnceForAWholePage() {
        List<User> accounts = IntStream.range(0, 100)
                .mapToObj(i -> world.openAccount(
                        new Email("user" + i + "@example.com"), new Password("correct horse battery"), null, Set.of()))
                .toList();
        enableMfa(accounts.get(7).id());

        List<UserView> page = list.listUsers(new ListUsersQuery(new PageRequest(0, 100), null, null))
                .items();

        assertThat(enrolments.reads).isEqualTo(1);
        assertThat(page).hasSize(100);
        assertThat(page)
                .filteredOn(UserView::mfaEnabled)
                .extracting(v -> v.user().id())
                .containsExactly(accounts.get(7).id());
    }

    private void enableMfa(UserId id) {
        SealedSecret secret = new SealedSecret(new byte[] {1, 2, 3});
        enrolments.savePending(id, secret, world.clock.instant());
        enrolments.enable(id, secret, 1, List.of(), world.clock.instant());
    }

    /** The in-memory store, counting the reads that say whether an account's MFA is on. */
    private static final class CountingMfaEnrolmentStore extends InMemoryMfaEnrolmentStore {
        private int reads;

        @Override
        public synchronized Optional<MfaEnrolment> find(UserId userId) {
            reads++;
            return super.find(userId);
        }

        @Override
        public synchronized Set<UserId> enabledAmong(Collection<UserId> userIds) {
            reads++;
            return super.enabledAmong(userIds);
        }
    }
}
