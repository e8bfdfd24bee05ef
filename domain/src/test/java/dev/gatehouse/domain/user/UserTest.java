package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.testing.UserBuilder;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void everyAccountHasTheUserRole() {
        User user = User.create(UserId.newId(), new Email("ada@example.com"), null, new PasswordHash("h"),
                Set.of(Role.ADMIN), NOW);

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(user.withRoles(Set.of(), NOW).roles()).containsExactly(Role.USER);
    }

    @Test
    void aNewAccountIsEnabledAndCreatedNow() {
        User user = User.create(UserId.newId(), new Email("ada@example.com"), null, new PasswordHash("h"), Set.of(), NOW);

        assertThat(user.enabled()).isTrue();
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.updatedAt()).isEqualTo(NOW);
        assertThat(user.displayName()).isEmpty();
    }

    @Test
    void changesMoveTheUpdateTimeAndLeaveTheOriginalAlone() {
        User original = UserBuilder.aUser().createdAt(NOW).build();
        Instant later = NOW.plusSeconds(60);

        User changed = original.withEnabled(false, later);

        assertThat(changed.enabled()).isFalse();
        assertThat(changed.updatedAt()).isEqualTo(later);
        assertThat(changed.createdAt()).isEqualTo(NOW);
        assertThat(original.enabled()).isTrue();
    }

    @Test
    void onlyAnEnabledAdminCountsAsOne() {
        assertThat(UserBuilder.aUser().withRoles(Role.ADMIN).build().isEnabledAdmin()).isTrue();
        assertThat(UserBuilder.aUser().withRoles(Role.ADMIN).disabled().build().isEnabledAdmin()).isFalse();
        assertThat(UserBuilder.aUser().build().isEnabledAdmin()).isFalse();
    }

    @Test
    void neverPrintsItsPasswordHash() {
        User user = UserBuilder.aUser().withPasswordHash(new PasswordHash("$2a$10$secret-hash")).build();

        assertThat(user.toString()).doesNotContain("secret-hash").doesNotContain(user.email().value());
        assertThat(user.passwordHash().toString()).doesNotContain("secret-hash");
    }
}
