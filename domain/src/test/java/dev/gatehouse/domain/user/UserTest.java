package dev.gatehouse.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.testing.UserBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void everyAccountHasTheUserRole() {
        User user = User.create(
                UserId.newId(), new Email("ada@example.com"), null, new PasswordHash("h"), Set.of(Role.ADMIN), NOW);

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
        assertThat(user.withRoles(Set.of(), NOW).roles()).containsExactly(Role.USER);
    }

    @Test
    void aNewAccountIsEnabledAndCreatedNow() {
        User user =
                User.create(UserId.newId(), new Email("ada@example.com"), null, new PasswordHash("h"), Set.of(), NOW);

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
        assertThat(UserBuilder.aUser().withRoles(Role.ADMIN).build().isEnabledAdmin())
                .isTrue();
        assertThat(UserBuilder.aUser().withRoles(Role.ADMIN).disabled().build().isEnabledAdmin())
                .isFalse();
        assertThat(UserBuilder.aUser().build().isEnabledAdmin()).isFalse();
    }

    @Test
    void neverPrintsItsPasswordHash() {
        User user = UserBuilder.aUser()
                .withPasswordHash(new PasswordHash("$2a$10$secret-hash"))
                .build();

        assertThat(user.toString())
                .doesNotContain("secret-hash")
                .doesNotContain(user.email().value());
        assertThat(user.passwordHash().toString()).doesNotContain("secret-hash");
    }

    @Test
    void passwordRolesDisablingAndMfaSwitchesCutOffEarlierAccessTokensToTheNextWholeSecond() {
        User user = UserBuilder.aUser().withRoles(Role.ADMIN).createdAt(NOW).build();
        Instant change = NOW.plusMillis(2_500);
        Instant nextSecond = NOW.plusSeconds(3);

        assertThat(user.withPasswordHash(new PasswordHash("new"), change).tokensValidAfter())
                .isEqualTo(nextSecond);
        assertThat(user.withRoles(Set.of(), change).tokensValidAfter()).isEqualTo(nextSecond);
        assertThat(user.withEnabled(false, change).tokensValidAfter()).isEqualTo(nextSecond);
        User cutOff = user.withTokensCutOff(change);
        assertThat(cutOff.tokensValidAfter()).isEqualTo(nextSecond);
        assertThat(cutOff.updatedAt()).isEqualTo(change);
        assertThat(cutOff.roles()).isEqualTo(user.roles());
        assertThat(cutOff.passwordHash()).isEqualTo(user.passwordHash());
    }

    @Test
    void aSecondChangeWithinTheSecondOfTheFirstEndsTheTokensIssuedBetweenThem() {
        User user = UserBuilder.aUser().withRoles(Role.ADMIN).createdAt(NOW).build();
        User enrolled = user.withTokensCutOff(NOW.plusMillis(2_100));
        Instant issuedBetween = enrolled.accessTokenIssueTime(NOW.plusMillis(2_300));
        assertThat(enrolled.tokenCutOff().accepts(issuedBetween)).isTrue();

        for (User changedAgain : List.of(
                enrolled.withTokensCutOff(NOW.plusMillis(2_500)),
                enrolled.withRoles(Set.of(Role.USER), NOW.plusMillis(2_500)),
                enrolled.withPasswordHash(new PasswordHash("newer"), NOW.plusMillis(2_500)))) {
            assertThat(changedAgain.tokenCutOff().accepts(issuedBetween)).isFalse();
            assertThat(changedAgain.tokenCutOff().accepts(changedAgain.accessTokenIssueTime(NOW.plusMillis(2_600))))
                    .isTrue();
        }
        // Once the clock has passed the cut-off, a change cuts at the next whole second again.
        assertThat(enrolled.withTokensCutOff(NOW.plusMillis(7_200)).tokensValidAfter())
                .isEqualTo(NOW.plusSeconds(8));
    }

    @Test
    void otherChangesLeaveAccessTokensAlone() {
        User user = UserBuilder.aUser().withRoles(Role.ADMIN).createdAt(NOW).build();
        Instant change = NOW.plusSeconds(10);

        assertThat(user.withDisplayName(new DisplayName("Ada"), change).tokensValidAfter())
                .isEqualTo(user.tokensValidAfter());
        assertThat(user.withRoles(Set.of(Role.ADMIN, Role.USER), change).tokensValidAfter())
                .isEqualTo(user.tokensValidAfter());
        assertThat(user.withEnabled(true, change).tokensValidAfter()).isEqualTo(user.tokensValidAfter());
    }

    @Test
    void acceptsOnlyTokensIssuedAtOrAfterTheCutOffAndOnlyWhileEnabled() {
        Instant change = NOW.plusMillis(2_500);
        User changed = UserBuilder.aUser().createdAt(NOW).build().withPasswordHash(new PasswordHash("new"), change);

        assertThat(changed.tokenCutOff().accepts(NOW.plusSeconds(2))).isFalse();
        assertThat(changed.tokenCutOff().accepts(NOW.plusSeconds(3))).isTrue();
        // A token issued right after the change, still within its second, is dated at the cut-off.
        assertThat(changed.accessTokenIssueTime(change.plusMillis(100))).isEqualTo(NOW.plusSeconds(3));
        assertThat(changed.accessTokenIssueTime(NOW.plusSeconds(9))).isEqualTo(NOW.plusSeconds(9));
        assertThat(changed.withEnabled(false, NOW.plusSeconds(5)).tokenCutOff().accepts(NOW.plusSeconds(60)))
                .isFalse();
    }
}
