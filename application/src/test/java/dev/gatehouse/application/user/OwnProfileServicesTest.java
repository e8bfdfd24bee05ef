package dev.gatehouse.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.CallerAccountGoneException;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnProfileServicesTest {
    private final Fixtures world = new Fixtures();
    private final GetOwnProfileService get = world.getOwnProfileService();
    private final UpdateOwnProfileService update = world.updateOwnProfileService();
    private final User ada = world.openAccount(
            new Email("ada@example.com"),
            new Password("correct horse battery"),
            new DisplayName("Ada"),
            Set.of(Role.USER));

    @Test
    void returnsTheCallersOwnAccountWithMfaOff() {
        assertThat(get.getOwnProfile(new GetOwnProfileQuery(ada.id()))).isEqualTo(new UserView(ada, false));
    }

    @Test
    void saysWhenTheAccountIsGone() {
        assertThatThrownBy(() -> get.getOwnProfile(new GetOwnProfileQuery(UserId.newId())))
                .isInstanceOf(CallerAccountGoneException.class);
        assertThatThrownBy(() -> update.updateOwnProfile(
                        new UpdateOwnProfileCommand(UserId.newId(), Update.to(null), ClientInfo.unknown())))
                .isInstanceOf(CallerAccountGoneException.class);
    }

    @Test
    void changesTheDisplayNameAndTheUpdateTime() {
        world.clock.advance(Duration.ofMinutes(5));

        User updated = update.updateOwnProfile(new UpdateOwnProfileCommand(
                        ada.id(), Update.to(new DisplayName("Countess")), ClientInfo.unknown()))
                .user();

        assertThat(updated.displayName()).contains(new DisplayName("Countess"));
        assertThat(updated.updatedAt()).isEqualTo(world.clock.instant());
        assertThat(updated.createdAt()).isEqualTo(ada.createdAt());
        assertThat(world.users.findById(ada.id())).contains(updated);
    }

    @Test
    void clearsTheDisplayNameWhenSetToNull() {
        User updated = update.updateOwnProfile(
                        new UpdateOwnProfileCommand(ada.id(), Update.to(null), ClientInfo.unknown()))
                .user();

        assertThat(updated.displayName()).isEmpty();
        assertThat(world.users.findById(ada.id()).orElseThrow().displayName()).isEmpty();
    }

    @Test
    void leavesEverythingAsItIsWhenNothingIsSent() {
        User same = update.updateOwnProfile(new UpdateOwnProfileCommand(ada.id(), Update.keep(), ClientInfo.unknown()))
                .user();

        assertThat(same).isEqualTo(ada);
    }
}
