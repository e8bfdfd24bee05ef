package dev.gatehouse.adapter.in.rest;

import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.TestClients;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import dev.gatehouse.domain.port.in.auth.LogOutCommand;
import dev.gatehouse.domain.port.in.auth.RefreshTokensCommand;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.port.in.key.RotateSigningKeyCommand;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionCommand;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.user.UserId;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every use case that records a security event learns where the request came from: the address
 * the server sees (the client's, once the deployment trusts its proxy) and the User-Agent.
 */
@WebMvcTest
class ClientInfoTest extends SliceTest {
    private static final String IP = "198.51.100.23";
    private static final String USER_AGENT = "gatehouse-test/1.0";
    private static final ClientInfo CLIENT = new ClientInfo(IP, USER_AGENT);
    private static final UserId CALLER = UserId.newId();
    private static final String TARGET = "/api/v1/users/" + UUID.randomUUID();

    static Stream<Arguments> everyRequestThatIsAudited() {
        return Stream.of(
                audited(
                        "register",
                        json(
                                post("/api/v1/auth/register"),
                                "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"),
                        RegisterUserCommand.class,
                        RegisterUserCommand::client),
                audited(
                        "login",
                        json(
                                post("/api/v1/auth/login"),
                                "{\"email\":\"ada@example.com\",\"password\":\"pw-long-enough\"}"),
                        LogInCommand.class,
                        LogInCommand::client),
                audited(
                        "refresh",
                        json(post("/api/v1/auth/refresh"), "{\"refresh_token\":\"t\"}"),
                        RefreshTokensCommand.class,
                        RefreshTokensCommand::client),
                audited(
                        "logout",
                        json(post("/api/v1/auth/logout"), "{\"refresh_token\":\"t\"}"),
                        LogOutCommand.class,
                        LogOutCommand::client),
                audited(
                        "update own profile",
                        json(patch("/api/v1/users/me"), "{\"displayName\":\"Ada\"}")
                                .with(asUser(CALLER)),
                        UpdateOwnProfileCommand.class,
                        UpdateOwnProfileCommand::client),
                audited(
                        "change own password",
                        json(
                                        put("/api/v1/users/me/password"),
                                        "{\"currentPassword\":\"pw-long-enough\",\"newPassword\":\"another-long-one\"}")
                                .with(asUser(CALLER)),
                        ChangeOwnPasswordCommand.class,
                        ChangeOwnPasswordCommand::client),
                audited(
                        "revoke own session",
                        delete("/api/v1/users/me/sessions/" + UUID.randomUUID()).with(asUser(CALLER)),
                        RevokeOwnSessionCommand.class,
                        RevokeOwnSessionCommand::client),
                audited(
                        "create user",
                        json(post("/api/v1/users"), "{\"email\":\"grace@example.com\",\"password\":\"pw-long-enough\"}")
                                .with(asAdmin(CALLER)),
                        CreateUserCommand.class,
                        CreateUserCommand::client),
                audited(
                        "update user",
                        json(patch(TARGET), "{\"enabled\":false}").with(asAdmin(CALLER)),
                        UpdateUserCommand.class,
                        UpdateUserCommand::client),
                audited(
                        "delete user",
                        delete(TARGET).with(asAdmin(CALLER)),
                        DeleteUserCommand.class,
                        DeleteUserCommand::client),
                audited(
                        "rotate signing key",
                        post("/api/v1/signing-keys").with(asAdmin(CALLER)),
                        RotateSigningKeyCommand.class,
                        RotateSigningKeyCommand::client));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRequestThatIsAudited")
    <T> void theClientReachesTheUseCase(
            String name, MockHttpServletRequestBuilder request, Class<T> call, Function<T, ClientInfo> clientOf)
            throws Exception {
        mvc.perform(request.with(TestClients.from(IP, USER_AGENT))).andExpect(status().is2xxSuccessful());

        assertThat(clientOf.apply(useCases.lastCall(call))).isEqualTo(CLIENT);
    }

    @Test
    void withoutAUserAgentTheUseCaseGetsNone() throws Exception {
        mvc.perform(delete(TARGET).with(asAdmin(CALLER)).with(TestClients.from(IP)))
                .andExpect(status().isNoContent());

        assertThat(useCases.lastCall(DeleteUserCommand.class).client()).isEqualTo(new ClientInfo(IP, null));
    }

    private static <T> Arguments audited(
            String name, MockHttpServletRequestBuilder request, Class<T> call, Function<T, ClientInfo> clientOf) {
        return Arguments.of(name, request, call, clientOf);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
