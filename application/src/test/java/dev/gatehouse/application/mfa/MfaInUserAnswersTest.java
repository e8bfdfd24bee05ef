package dev.gatehouse.application.mfa;

import static dev.gatehouse.application.mfa.MfaWorld.CLIENT;
import static dev.gatehouse.application.mfa.MfaWorld.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.application.admin.GetUserService;
import dev.gatehouse.application.admin.ListUsersService;
import dev.gatehouse.application.admin.UpdateUserService;
import dev.gatehouse.application.user.GetOwnProfileService;
import dev.gatehouse.application.user.UpdateOwnProfileService;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.port.in.admin.GetUserQuery;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserView;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every use case that answers with an account says whether its MFA is on: true exactly while the
 * account's TOTP enrolment is confirmed, whether the user's own or an administrator's use case asks.
 */
class MfaInUserAnswersTest {
    private final MfaWorld world = new MfaWorld();
    private final GetOwnProfileService getOwnProfile = world.getOwnProfileService();
    private final UpdateOwnProfileService updateOwnProfile = world.updateOwnProfileService();
    private final GetUserService getUser = world.getUserService();
    private final ListUsersService listUsers = world.listUsersService();
    private final UpdateUserService updateUser = world.updateUserService();
    private final User admin = world.openAdmin();
    private final User ada = world.openUser("ada@example.com", Role.USER);

    @Test
    void anEnrolledAccountIsAnsweredWithMfaOnEverywhere() {
        world.enrol(ada);

        assertThat(answersAbout(ada)).containsOnly(true);
    }

    @Test
    void anAccountWithoutMfaOrWithASetupNotConfirmedIsAnsweredWithMfaOff() {
        assertThat(answersAbout(ada)).containsOnly(false);

        world.setUp(ada);

        assertThat(answersAbout(ada)).containsOnly(false);
    }

    @Test
    void mfaSwitchedOffOrResetIsOffAgain() {
        MfaWorld.Enrolled enrolled = world.enrol(ada);
        world.disable(world.disableService(true), ada, PASSWORD, world.codeNow(enrolled.setup()));

        assertThat(answersAbout(ada)).containsOnly(false);

        world.enrol(ada);
        world.reset.resetMfa(new ResetMfaCommand(admin.id(), ada.id(), CLIENT));

        assertThat(answersAbout(ada)).containsOnly(false);
    }

    @Test
    void aPageOfAccountsSaysForEachWhetherItsMfaIsOn() {
        User grace = world.openUser("grace@example.com", Role.USER);
        User pending = world.openUser("pending@example.com", Role.USER);
        world.enrol(ada);
        world.enrol(grace);
        world.setUp(pending);

        List<UserView> page = listUsers
                .listUsers(new ListUsersQuery(new PageRequest(0, 20), null, null))
                .items();

        assertThat(page)
                .extracting(view -> view.user().email().value(), UserView::mfaEnabled)
                .containsExactlyInAnyOrder(
                        tuple("root@example.com", false),
                        tuple("ada@example.com", true),
                        tuple("grace@example.com", true),
                        tuple("pending@example.com", false));
    }

    /**
     * What each use case that answers with {@code user} says of its MFA: reading it, and changing
     * it (a change and, for the administrator's update, a request that changes nothing).
     */
    private List<Boolean> answersAbout(User user) {
        DisplayName name = new DisplayName("Renamed");
        return List.of(
                getOwnProfile.getOwnProfile(new GetOwnProfileQuery(user.id())).mfaEnabled(),
                updateOwnProfile
                        .updateOwnProfile(new UpdateOwnProfileCommand(user.id(), Update.to(name), CLIENT))
                        .mfaEnabled(),
                getUser.getUser(new GetUserQuery(user.id())).mfaEnabled(),
                updateUser
                        .updateUser(new UpdateUserCommand(
                                admin.id(), user.id(), Update.keep(), Update.keep(), Update.keep(), CLIENT))
                        .mfaEnabled(),
                updateUser
                        .updateUser(new UpdateUserCommand(
                                admin.id(), user.id(), Update.to(null), Update.keep(), Update.keep(), CLIENT))
                        .mfaEnabled());
    }
}
