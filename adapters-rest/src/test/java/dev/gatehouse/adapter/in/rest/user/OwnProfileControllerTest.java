package dev.gatehouse.adapter.in.rest.user;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.auth.CallerAccountGoneException;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.password.InvalidCurrentPasswordException;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileCommand;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest
class OwnProfileControllerTest extends SliceTest {
    private static final UserId ME = UserId.newId();

    @Test
    void getAnswersTheCallersOwnAccount() throws Exception {
        mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.email").value("ada@example.com"))
                .andExpect(jsonPath("$.displayName").value("Ada"))
                .andExpect(jsonPath("$.roles").value(contains("ADMIN", "USER")))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.emailVerified").value(false))
                .andExpect(jsonPath("$.mfaEnabled").value(false))
                .andExpect(jsonPath("$.createdAt").value("2026-11-27T10:15:30.123Z"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());

        assertThat(useCases.lastCall(GetOwnProfileQuery.class).self()).isEqualTo(ME);
    }

    @Test
    void saysWhenTheAccountsMfaIsOn() throws Exception {
        useCases.answerWith(new UserView(UserBuilder.aUser().build(), true));

        mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mfaEnabled").value(true));
    }

    @Test
    void saysWhenTheAccountsEmailIsVerified() throws Exception {
        useCases.answerWith(UserBuilder.aUser().emailVerified().build());

        mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emailVerified").value(true));
    }

    /** The contract's order of the User shape. */
    @Test
    void theUserShapeHasTheContractsFieldsInItsOrder() throws Exception {
        String body = mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(JsonMapper.builder().build().readTree(body).propertyNames())
                .containsExactly(
                        "id",
                        "email",
                        "displayName",
                        "roles",
                        "enabled",
                        "emailVerified",
                        "mfaEnabled",
                        "createdAt",
                        "updatedAt");
    }

    @Test
    void withoutATokenItIs401WithABearerChallengeAndAProblem() throws Exception {
        mvc.perform(get("/api/v1/users/me"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));

        assertThat(useCases.calls()).isEmpty();
    }

    /** The contract: a token that no longer speaks for an account is 401, never 404. */
    @Test
    void theTokenOfADeletedAccountIs401WithAnInvalidTokenChallenge() throws Exception {
        useCases.failWith(new CallerAccountGoneException());

        mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    @Test
    void patchSetsTheDisplayName() throws Exception {
        mvc.perform(patch("/api/v1/users/me")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"  Countess  \"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("ada@example.com"));

        UpdateOwnProfileCommand command = useCases.lastCall(UpdateOwnProfileCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.displayName().present()).isTrue();
        assertThat(command.displayName().value().value()).isEqualTo("Countess");
    }

    @Test
    void patchWithNullClearsTheDisplayName() throws Exception {
        mvc.perform(patch("/api/v1/users/me")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":null}"))
                .andExpect(status().isOk());

        assertThat(useCases.lastCall(UpdateOwnProfileCommand.class).displayName())
                .isEqualTo(Update.to(null));
    }

    @Test
    void patchWithoutTheFieldKeepsTheDisplayName() throws Exception {
        mvc.perform(patch("/api/v1/users/me")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());

        assertThat(useCases.lastCall(UpdateOwnProfileCommand.class)
                        .displayName()
                        .present())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"roles\":[\"ADMIN\"]}",
                "{\"displayName\":\"Ada\",\"enabled\":true}",
                "{\"id\":\"7d8a3f52-0a6a-4c1e-9a51-1c7d5f0b2a11\"}",
                "{\"email\":\"other@example.com\"}",
            })
    void patchRefusesEveryOtherFieldAndChangesNothing(String body) throws Exception {
        mvc.perform(patch("/api/v1/users/me")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void patchWithANumberForTheDisplayNameIsMalformed() throws Exception {
        mvc.perform(patch("/api/v1/users/me")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":12}"))
                .andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void patchWithABlankDisplayNameIsAValidationError() throws Exception {
        mvc.perform(patch("/api/v1/users/me")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"   \"}"))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("displayName"));
    }

    @Test
    void changePasswordAnswers204() throws Exception {
        mvc.perform(put("/api/v1/users/me/password")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"old-password-1\",\"newPassword\":\"new-password-2\"}"))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        ChangeOwnPasswordCommand command = useCases.lastCall(ChangeOwnPasswordCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.currentPassword().value()).isEqualTo("old-password-1");
        assertThat(command.newPassword().value()).isEqualTo("new-password-2");
    }

    @Test
    void aWrongCurrentPasswordIs400() throws Exception {
        useCases.failWith(new InvalidCurrentPasswordException());

        mvc.perform(put("/api/v1/users/me/password")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"guess-1234\",\"newPassword\":\"new-password-2\"}"))
                .andExpect(problem(400, "invalid-current-password"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("guess-1234"))));
    }

    @Test
    void missingPasswordsAreReportedAgainstTheirOwnFieldNames() throws Exception {
        mvc.perform(put("/api/v1/users/me/password")
                        .with(asUser(ME))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"\",\"newPassword\":null}"))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[*].field").value(contains("currentPassword", "newPassword")));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void displayNameMayBeNullInTheResponse() throws Exception {
        useCases.answerWith(UserBuilder.aUser().build());

        mvc.perform(get("/api/v1/users/me").with(asUser(ME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value(nullValue()))
                .andExpect(jsonPath("$.roles").value(contains("USER")));
    }
}
