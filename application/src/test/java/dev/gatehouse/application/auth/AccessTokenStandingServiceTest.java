package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.port.in.auth.CheckAccessTokenStandingQuery;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.PasswordHash;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessTokenStandingServiceTest {
    private final Fixtures world = new Fixtures();
    private final AccessTokenStandingService standing = new AccessTokenStandingService(world.users, world.clock);
    private final User ada =
            UserBuilder.aUser().createdAt(world.clock.instant()).build();

    @Test
    void acceptsTokensOfAnAccountInGoodStanding() {
        world.users.insert(ada);

        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), world.clock.instant())))
                .isTrue();
    }

    @Test
    void refusesTokensOfAnAccountThatDoesNotExist() {
        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(UserId.newId(), world.clock.instant())))
                .isFalse();
    }

    @Test
    void refusesEarlierTokensOnceTheCutOffMovesAtMostMaxStalenessLater() {
        world.users.insert(ada);
        Instant issuedBefore = world.clock.instant();
        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), issuedBefore)))
                .isTrue();

        world.clock.advance(Duration.ofMillis(500));
        world.users.update(ada.withPasswordHash(new PasswordHash("new"), world.clock.instant()));

        // Still the cached answer just after the change...
        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), issuedBefore)))
                .isTrue();
        // ...and the new one once the cache entry is MAX_STALENESS old.
        world.clock.advance(AccessTokenStandingService.MAX_STALENESS);
        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), issuedBefore)))
                .isFalse();
        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), world.clock.instant())))
                .isTrue();
    }

    /**
     * Disabling moves the cut-off, but a token dated at or after it (minted in the same second, or
     * by a login that read the account just before) must still die: a disabled account is not in
     * good standing by itself.
     */
    @Test
    void refusesEveryTokenOfADisabledAccountWhateverItsIssueTime() {
        User disabled = ada.withEnabled(false, world.clock.instant());
        world.users.insert(disabled);

        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(
                        ada.id(), disabled.tokensValidAfter().plusSeconds(5))))
                .isFalse();
    }

    @Test
    void refusesTokensOfADeletedAccountOnceTheCacheEntryIsStale() {
        world.users.insert(ada);
        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), world.clock.instant())))
                .isTrue();

        world.users.delete(ada.id());
        world.clock.advance(AccessTokenStandingService.MAX_STALENESS);

        assertThat(standing.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), world.clock.instant())))
                .isFalse();
    }

    @Test
    void readsTheStoreOncePerAccountPerStalenessPeriod() {
        CountingUsers counting = new CountingUsers();
        counting.insert(ada);
        AccessTokenStandingService cached = new AccessTokenStandingService(counting, world.clock);

        for (int i = 0; i < 1_000; i++) {
            cached.isInGoodStanding(new CheckAccessTokenStandingQuery(ada.id(), world.clock.instant()));
        }

        assertThat(counting.reads).isEqualTo(1);
    }

    private static final class CountingUsers extends dev.gatehouse.domain.testing.InMemoryUserRepository {
        int reads;

        @Override
        public synchronized java.util.Optional<dev.gatehouse.domain.user.TokenCutOff> findTokenCutOff(UserId id) {
            reads++;
            return super.findTokenCutOff(id);
        }
    }
}
