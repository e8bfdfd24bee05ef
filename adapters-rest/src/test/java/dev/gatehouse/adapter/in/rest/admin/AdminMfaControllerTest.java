package dev.gatehouse.adapter.in.rest.admin;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.mfa.MfaNotEnabledException;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

@WebMvcTest
class AdminMfaControllerTest extends SliceTest {
    private static final UserId ADMIN = UserId.newId();
    private static final UserId TARGET = UserId.newId();
    private static final String TARGET_PATH = "/api/v1/users/" + TARGET.value() + "/mfa";

    @Test
    void resetAnswers204AndNamesTheAdminAsActor() throws Exception {
        mvc.perform(delete(TARGET_PATH).with(asAdmin(ADMIN)))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        ResetMfaCommand command = useCases.lastCall(ResetMfaCommand.class);
        assertThat(command.actor()).isEqualTo(ADMIN);
        assertThat(command.target()).isEqualTo(TARGET);
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        useCases.failWith(new UserNotFoundException(TARGET));

        mvc.perform(delete(TARGET_PATH).with(asAdmin(ADMIN))).andExpect(problem(404, "user-not-found"));
    }

    @Test
    void anAccountWithoutMfaIs409() throws Exception {
        useCases.failWith(new MfaNotEnabledException());

        mvc.perform(delete(TARGET_PATH).with(asAdmin(ADMIN))).andExpect(problem(409, "mfa-not-enabled"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-1-1-1-1", "7d8a3f52-0a6a-4c1e-9a51-1c7d5f0b2a1", "me"})
    void aPathIdThatIsNoUuidIs400InvalidId(String id) throws Exception {
        mvc.perform(delete("/api/v1/users/" + id + "/mfa").with(asAdmin(ADMIN))).andExpect(problem(400, "invalid-id"));

        assertThat(useCases.calls()).isEmpty();
    }

    /** The role check comes before anything about the id or the target is revealed. */
    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "7d8a3f52-0a6a-4c1e-9a51-1c7d5f0b2a11"})
    void aUserGets403WhateverTheId(String id) throws Exception {
        mvc.perform(delete("/api/v1/users/" + id + "/mfa").with(asUser(UserId.newId())))
                .andExpect(problem(403, "forbidden"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void anonymousGets401() throws Exception {
        mvc.perform(delete(TARGET_PATH))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    @Test
    void onlyDeleteIsMapped() throws Exception {
        mvc.perform(get("/api/v1/users/" + UUID.randomUUID() + "/mfa").with(asAdmin(ADMIN)))
                .andExpect(problem(405, "method-not-allowed"));
    }
}
