package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.EmailAlreadyTakenException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} must do. Run against the in-memory fake and the real adapter,
 * so that application tests over the fake can be trusted. Each test starts from an empty store.
 */
public abstract class UserRepositoryContract {
    // Microseconds: what PostgreSQL's timestamptz keeps.
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456Z");

    protected abstract UserRepository repository();

    /** Runs {@code work} in a transaction where the store needs one; the fake just runs it. */
    protected <T> T inTransaction(java.util.function.Supplier<T> work) {
        return work.get();
    }

    @Test
    void storesAndFindsAUserByIdAndByEmail() {
        User user = UserBuilder.aUser()
                .withEmail("ada@example.com")
                .withDisplayName("Ada")
                .withRoles(Role.ADMIN)
                .createdAt(T0)
                .build();

        inTransaction(() -> {
            repository().insert(user);
            return null;
        });

        assertThat(repository().findById(user.id())).contains(user);
        assertThat(repository().findByEmail(new Email("ADA@example.com"))).contains(user);
        assertThat(repository().search(null, null, new PageRequest(0, 10)).items())
                .containsExactly(user);
    }

    @Test
    void refusesASecondAccountWithTheSameEmail() {
        inTransaction(() -> {
            repository()
                    .insert(UserBuilder.aUser().withEmail("same@example.com").build());
            return null;
        });

        User twin = UserBuilder.aUser().withEmail("same@example.com").build();
        assertThatThrownBy(() -> inTransaction(() -> {
                    repository().insert(twin);
                    return null;
                }))
                .isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(repository().findById(twin.id())).isEmpty();
    }

    @Test
    void updatesEveryMutableField() {
        User user = UserBuilder.aUser().createdAt(T0).build();
        inTransaction(() -> {
            repository().insert(user);
            return null;
        });
        Instant later = T0.plus(1, ChronoUnit.HOURS);

        User changed = user.withDisplayName(new DisplayName("Grace"), later)
                .withRoles(Set.of(Role.ADMIN), later)
                .withEnabled(false, later)
                .withPasswordHash(new dev.gatehouse.domain.user.PasswordHash("$2a$10$other"), later);
        inTransaction(() -> {
            repository().update(changed);
            return null;
        });

        assertThat(repository().findById(user.id())).contains(changed);
    }

    @Test
    void locksAnAccountAsItIsStored() {
        User user = UserBuilder.aUser().withRoles(Role.ADMIN).createdAt(T0).build();
        inTransaction(() -> {
            repository().insert(user);
            return null;
        });

        assertThat(inTransaction(() -> repository().lockById(user.id()))).contains(user);
        assertThat(inTransaction(() -> repository().lockById(dev.gatehouse.domain.user.UserId.newId())))
                .isEmpty();
    }

    @Test
    void replacesAPasswordHashOnlyIfItIsStillTheExpectedOne() {
        dev.gatehouse.domain.user.PasswordHash old = new dev.gatehouse.domain.user.PasswordHash("$2a$04$old");
        dev.gatehouse.domain.user.PasswordHash rehashed = new dev.gatehouse.domain.user.PasswordHash("$2a$10$rehashed");
        User user = UserBuilder.aUser().withPasswordHash(old).createdAt(T0).build();
        inTransaction(() -> {
            repository().insert(user);
            return null;
        });

        assertThat(inTransaction(() -> repository()
                        .replacePasswordHash(
                                user.id(),
                                new dev.gatehouse.domain.user.PasswordHash("$2a$04$changed-meanwhile"),
                                rehashed)))
                .isFalse();
        assertThat(repository().findById(user.id())).contains(user);

        assertThat(inTransaction(() -> repository().replacePasswordHash(user.id(), old, rehashed)))
                .isTrue();
        User stored = repository().findById(user.id()).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo(rehashed);
        assertThat(stored.tokensValidAfter()).isEqualTo(user.tokensValidAfter());
        assertThat(stored.updatedAt()).isEqualTo(user.updatedAt());
    }

    @Test
    void readsTheAccessTokenCutOffAlone() {
        User user = UserBuilder.aUser().createdAt(T0).build();
        inTransaction(() -> {
            repository().insert(user);
            return null;
        });
        User disabled = user.withEnabled(false, T0.plusSeconds(30));
        inTransaction(() -> {
            repository().update(disabled);
            return null;
        });

        assertThat(repository().findTokenCutOff(user.id()))
                .contains(new dev.gatehouse.domain.user.TokenCutOff(disabled.tokensValidAfter(), false));
        assertThat(disabled.tokensValidAfter()).isAfter(user.tokensValidAfter());
        assertThat(repository().findTokenCutOff(dev.gatehouse.domain.user.UserId.newId()))
                .isEmpty();
    }

    @Test
    void locksAnAccountByIdAsItIsStored() {
        User user = UserBuilder.aUser().withRoles(Role.ADMIN).createdAt(T0).build();
        inTransaction(() -> {
            repository().insert(user);
            return null;
        });
        User changed = user.withRoles(Set.of(), T0.plusSeconds(1)).withEnabled(false, T0.plusSeconds(1));
        inTransaction(() -> {
            repository().update(changed);
            return null;
        });

        assertThat(inTransaction(() -> repository().lockById(user.id()))).contains(changed);
        assertThat(inTransaction(() -> repository().lockById(dev.gatehouse.domain.user.UserId.newId())))
                .isEmpty();
    }

    @Test
    void clearsADisplayName() {
        User user =
                UserBuilder.aUser().withDisplayName("Temporary").createdAt(T0).build();
        inTransaction(() -> {
            repository().insert(user);
            return null;
        });

        User cleared = user.withDisplayName(null, T0.plusSeconds(1));
        inTransaction(() -> {
            repository().update(cleared);
            return null;
        });

        assertThat(repository().findById(user.id()).orElseThrow().displayName()).isEmpty();
    }

    @Test
    void deletesAUserAndSaysWhetherThereWasOne() {
        User user = UserBuilder.aUser().build();
        inTransaction(() -> {
            repository().insert(user);
            return null;
        });

        assertThat(inTransaction(() -> repository().delete(user.id()))).isTrue();
        assertThat(inTransaction(() -> repository().delete(user.id()))).isFalse();
        assertThat(repository().findById(user.id())).isEmpty();
    }

    @Test
    void searchesNewestFirstWithFiltersAndPaging() {
        for (int i = 0; i < 5; i++) {
            User user = UserBuilder.aUser()
                    .withEmail("user" + i + "@example.com")
                    .withRoles(i % 2 == 0 ? Set.of(Role.ADMIN) : Set.of())
                    .createdAt(T0.plusSeconds(i))
                    .build();
            inTransaction(() -> {
                repository().insert(user);
                return null;
            });
        }
        inTransaction(() -> {
            repository()
                    .insert(UserBuilder.aUser()
                            .withEmail("other@example.org")
                            .createdAt(T0)
                            .build());
            return null;
        });

        ResultPage<User> firstPage = repository().search("USER", null, new PageRequest(0, 2));
        assertThat(firstPage.items())
                .extracting(u -> u.email().value())
                .containsExactly("user4@example.com", "user3@example.com");
        assertThat(firstPage.totalItems()).isEqualTo(5);
        assertThat(firstPage.totalPages()).isEqualTo(3);

        ResultPage<User> lastPage = repository().search("user", null, new PageRequest(2, 2));
        assertThat(lastPage.items()).extracting(u -> u.email().value()).containsExactly("user0@example.com");

        ResultPage<User> admins = repository().search(null, Role.ADMIN, new PageRequest(0, 10));
        assertThat(admins.items())
                .extracting(u -> u.email().value())
                .containsExactly("user4@example.com", "user2@example.com", "user0@example.com");

        ResultPage<User> everyone = repository().search(null, Role.USER, new PageRequest(0, 10));
        assertThat(everyone.totalItems()).isEqualTo(6);
    }

    @Test
    void searchTreatsLikeWildcardsAsPlainText() {
        inTransaction(() -> {
            repository().insert(UserBuilder.aUser().withEmail("a_b@example.com").build());
            return null;
        });
        inTransaction(() -> {
            repository().insert(UserBuilder.aUser().withEmail("axb@example.com").build());
            return null;
        });

        assertThat(repository().search("a_b", null, new PageRequest(0, 10)).items())
                .extracting(u -> u.email().value())
                .containsExactly("a_b@example.com");
        assertThat(repository().search("%", null, new PageRequest(0, 10)).items())
                .isEmpty();
    }

    @Test
    void listsOnlyEnabledAdmins() {
        User enabledAdmin = UserBuilder.aUser().withRoles(Role.ADMIN).build();
        User disabledAdmin =
                UserBuilder.aUser().withRoles(Role.ADMIN).disabled().build();
        User plainUser = UserBuilder.aUser().build();
        inTransaction(() -> {
            repository().insert(enabledAdmin);
            repository().insert(disabledAdmin);
            repository().insert(plainUser);
            return null;
        });

        assertThat(inTransaction(() -> repository().lockEnabledAdmins())).containsExactly(enabledAdmin.id());
    }
}
