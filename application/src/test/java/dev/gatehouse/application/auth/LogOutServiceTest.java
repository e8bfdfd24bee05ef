package dev.gatehouse.application.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gatehouse.application.Fixtures;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.auth.LogOutCommand;
import dev.gatehouse.domain.session.RefreshToken;
import dev.gatehouse.domain.session.Session;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {
    private final Fixtures world = new Fixtures();
    private final LogOutService logOut = world.logOutService();

    @Test
    void revokesTheTokensSessionAndIsIdempotent() {
        User user = UserBuilder.aUser().build();
        world.users.insert(user);
        RefreshToken token = new RefreshToken("opaque-token");
        Session session = world.openSession(user, token.hash(), ClientInfo.unknown());

        logOut.logOut(new LogOutCommand(token, ClientInfo.unknown()));
        world.clock.advance(Duration.ofMinutes(1));
        logOut.logOut(new LogOutCommand(token, ClientInfo.unknown()));

        assertThat(world.sessions.findById(session.id()).orElseThrow().revokedAt())
                .isEqualTo(world.clock.instant().minus(Duration.ofMinutes(1)));
    }

    @Test
    void acceptsAnUnknownTokenQuietly() {
        assertThatCode(() -> logOut.logOut(new LogOutCommand(new RefreshToken("never-issued"), ClientInfo.unknown())))
                .doesNotThrowAnyException();
    }
}
