package dev.gatehouse.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.CallerAccountGoneException;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsQuery;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionCommand;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionNotFoundException;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OwnSessionsServicesTest {
    private final Fixtures world = new Fixtures();
    private final ListOwnSessionsService list = new ListOwnSessionsService(world.users, world.sessions, world.clock);
    private final RevokeOwnSessionService revoke = new RevokeOwnSessionService(
            world.users, world.sessions, world.securityEvents, world.unitOfWork, world.clock);
    private final User ada = UserBuilder.aUser().build();
    private final User bob = UserBuilder.aUser().build();

    {
        world.users.insert(ada);
        world.users.insert(bob);
    }

    private Session open(User user) {
        world.clock.advance(Duration.ofSeconds(1));
        return world.openSession(user, "hash-" + SessionId.newId(), new ClientInfo("192.0.2.1", "phone"));
    }

    @Test
    void listsTheCallersLiveSessionsNewestFirst() {
        Session laptop = open(ada);
        Session phone = open(ada);
        open(bob);

        assertThat(list.listOwnSessions(new ListOwnSessionsQuery(ada.id())))
                .extracting(Session::id)
                .containsExactly(phone.id(), laptop.id());
    }

    @Test
    void revokesOneOfTheCallersSessions() {
        Session laptop = open(ada);
        Session phone = open(ada);

        revoke.revokeOwnSession(new RevokeOwnSessionCommand(ada.id(), phone.id(), ClientInfo.unknown()));
        revoke.revokeOwnSession(new RevokeOwnSessionCommand(ada.id(), phone.id(), ClientInfo.unknown()));

        assertThat(list.listOwnSessions(new ListOwnSessionsQuery(ada.id())))
                .extracting(Session::id)
                .containsExactly(laptop.id());
    }

    @Test
    void someoneElsesSessionIsNotFoundAndStaysAlive() {
        Session bobs = open(bob);

        assertThatThrownBy(() ->
                        revoke.revokeOwnSession(new RevokeOwnSessionCommand(ada.id(), bobs.id(), ClientInfo.unknown())))
                .isInstanceOf(SessionNotFoundException.class);
        assertThatThrownBy(() -> revoke.revokeOwnSession(
                        new RevokeOwnSessionCommand(ada.id(), SessionId.newId(), ClientInfo.unknown())))
                .isInstanceOf(SessionNotFoundException.class);
        assertThat(list.listOwnSessions(new ListOwnSessionsQuery(bob.id())))
                .extracting(Session::id)
                .containsExactly(bobs.id());
    }

    @Test
    void aDeletedCallerIsToldItsAccountIsGoneRatherThanGivenNothing() {
        Session laptop = open(ada);
        world.users.delete(ada.id());

        assertThatThrownBy(() -> list.listOwnSessions(new ListOwnSessionsQuery(ada.id())))
                .isInstanceOf(CallerAccountGoneException.class);
        assertThatThrownBy(() -> revoke.revokeOwnSession(
                        new RevokeOwnSessionCommand(ada.id(), laptop.id(), ClientInfo.unknown())))
                .isInstanceOf(CallerAccountGoneException.class);
        assertThatThrownBy(() -> revoke.revokeOwnSession(
                        new RevokeOwnSessionCommand(ada.id(), SessionId.newId(), ClientInfo.unknown())))
                .isInstanceOf(CallerAccountGoneException.class);
    }
}
