package dev.gatehouse.adapter.in.rest.admin;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.common.Update;
import dev.gatehouse.domain.port.in.admin.CreateUserCommand;
import dev.gatehouse.domain.port.in.admin.DeleteUserCommand;
import dev.gatehouse.domain.port.in.admin.GetUserQuery;
import dev.gatehouse.domain.port.in.admin.ListUsersQuery;
import dev.gatehouse.domain.port.in.admin.UpdateUserCommand;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.LastEnabledAdminException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import dev.gatehouse.domain.user.UserNotFoundException;
import dev.gatehouse.domain.user.UserView;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebMvcTest
class AdminUserControllerTest extends SliceTest {
    private static final UserId ADMIN = UserId.newId();
    private static final UserId TARGET = UserId.newId();
    private static final String TARGET_PATH = "/api/v1/users/" + TARGET.value();

    @Test
    void listAnswersAPageWithTheDefaultSize() throws Exception {
        User older = UserBuilder.aUser().withEmail("old@example.com").build();
        User newer = UserBuilder.aUser()
                .withEmail("new@example.com")
                .withRoles(Role.ADMIN)
                .build();
        useCases.answerListing(
                new ResultPage<>(List.of(new UserView(newer, true), new UserView(older, false)), 0, 20, 42));

        mvc.perform(get("/api/v1/users").with(asAdmin(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].email").value(contains("new@example.com", "old@example.com")))
                .andExpect(jsonPath("$.items[0].roles").value(contains("ADMIN", "USER")))
                .andExpect(jsonPath("$.items[*].mfaEnabled").value(contains(true, false)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(42))
                .andExpect(jsonPath("$.totalPages").value(3));

        ListUsersQuery query = useCases.lastCall(ListUsersQuery.class);
        assertThat(query.pageRequest().page()).isZero();
        assertThat(query.pageRequest().size()).isEqualTo(20);
        assertThat(query.emailContains()).isNull();
        assertThat(query.role()).isNull();
    }

    @Test
    void listPassesPageAndFiltersOn() throws Exception {
        mvc.perform(get("/api/v1/users?page=2&size=5&email=Example&role=ADMIN").with(asAdmin(ADMIN)))
                .andExpect(status().isOk());

        ListUsersQuery query = useCases.lastCall(ListUsersQuery.class);
        assertThat(query.pageRequest().page()).isEqualTo(2);
        assertThat(query.pageRequest().size()).isEqualTo(5);
        assertThat(query.emailContains()).isEqualTo("Example");
        assertThat(query.role()).isEqualTo(Role.ADMIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u0000ADMIN"})
    void listRefusesARoleOfControlCharactersInsteadOfListingEveryone(String role) throws Exception {
        mvc.perform(get("/api/v1/users").param("role", role).with(asAdmin(ADMIN)))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("role"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"size=0", "size=101", "page=-1", "page=abc", "size=1.5", "role=SUPERUSER", "role=%00", "role=%01"
            })
    void listRefusesParametersOutOfRange(String parameter) throws Exception {
        String field = parameter.substring(0, parameter.indexOf('='));

        mvc.perform(get("/api/v1/users?" + parameter).with(asAdmin(ADMIN)))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value(field));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void createAnswers201WithTheRolesGiven() throws Exception {
        mvc.perform(json(post("/api/v1/users"), """
                        {"email":"grace@example.com","password":"pw-long-enough","displayName":"Grace",
                         "roles":["ADMIN"]}""").with(asAdmin(ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/users/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.email").value("grace@example.com"))
                .andExpect(jsonPath("$.roles").value(contains("ADMIN", "USER")))
                .andExpect(jsonPath("$.mfaEnabled").value(false));

        CreateUserCommand command = useCases.lastCall(CreateUserCommand.class);
        assertThat(command.actor()).isEqualTo(ADMIN);
        assertThat(command.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void createWithoutRolesLeavesTheDefaultToTheUseCase() throws Exception {
        mvc.perform(json(post("/api/v1/users"), "{\"email\":\"grace@example.com\",\"password\":\"pw-long-enough\"}")
                        .with(asAdmin(ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.roles").value(contains("USER")));

        assertThat(useCases.lastCall(CreateUserCommand.class).roles()).containsExactly(Role.USER);
    }

    @Test
    void createPassesAVouchedForAddressOn() throws Exception {
        mvc.perform(json(post("/api/v1/users"), """
                        {"email":"grace@example.com","password":"pw-long-enough","emailVerified":true}""").with(asAdmin(ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.emailVerified").value(true));

        assertThat(useCases.lastCall(CreateUserCommand.class).emailVerified()).isTrue();
    }

    /** Absent and null alike leave the default, as for the other optional fields. */
    @ParameterizedTest
    @ValueSource(strings = {"", ",\"emailVerified\":null", ",\"emailVerified\":false"})
    void createLeavesTheAddressUnverifiedUnlessVouchedFor(String emailVerified) throws Exception {
        mvc.perform(json(
                                post("/api/v1/users"),
                                "{\"email\":\"grace@example.com\",\"password\":\"pw-long-enough\"" + emailVerified
                                        + "}")
                        .with(asAdmin(ADMIN)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.emailVerified").value(false));

        assertThat(useCases.lastCall(CreateUserCommand.class).emailVerified()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"true\"", "1", "0", "[true]", "{}", "\"yes\"", "1.0", "\"\"", "\" \"", "\"\\t\""})
    void createRefusesAnEmailVerifiedThatIsNoBoolean(String value) throws Exception {
        mvc.perform(json(
                                post("/api/v1/users"),
                                "{\"email\":\"g@example.com\",\"password\":\"pw-long-enough\",\"emailVerified\":"
                                        + value + "}")
                        .with(asAdmin(ADMIN)))
                .andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"email\":\"g@example.com\",\"password\":\"pw-long-enough\",\"roles\":[\"SUPERUSER\"]}",
                "{\"email\":\"g@example.com\",\"password\":\"pw-long-enough\",\"roles\":[\"ADMIN\",null]}",
                "{\"email\":\"g@example.com\",\"password\":\"pw-long-enough\",\"roles\":\"ADMIN\"}",
                "{\"email\":\"g@example.com\",\"password\":\"pw-long-enough\",\"roles\":[1]}",
                "{\"email\":\"g@example.com\",\"password\":\"pw-long-enough\",\"enabled\":false}",
            })
    void createRefusesMalformedRolesAndUnknownFields(String body) throws Exception {
        mvc.perform(json(post("/api/v1/users"), body).with(asAdmin(ADMIN)))
                .andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void createOfATakenEmailIs409() throws Exception {
        useCases.failWith(new dev.gatehouse.domain.user.EmailAlreadyTakenException());

        mvc.perform(json(post("/api/v1/users"), "{\"email\":\"grace@example.com\",\"password\":\"pw-long-enough\"}")
                        .with(asAdmin(ADMIN)))
                .andExpect(problem(409, "email-taken"));
    }

    @Test
    void getAnswersTheUser() throws Exception {
        mvc.perform(get(TARGET_PATH).with(asAdmin(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("ada@example.com"));

        assertThat(useCases.lastCall(GetUserQuery.class).id()).isEqualTo(TARGET);
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        useCases.failWith(new UserNotFoundException(TARGET));

        mvc.perform(get(TARGET_PATH).with(asAdmin(ADMIN))).andExpect(problem(404, "user-not-found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-1-1-1-1", "7d8a3f52-0a6a-4c1e-9a51-1c7d5f0b2a1"})
    void aPathIdThatIsNoUuidIs400InvalidId(String id) throws Exception {
        mvc.perform(get("/api/v1/users/" + id).with(asAdmin(ADMIN))).andExpect(problem(400, "invalid-id"));
        mvc.perform(delete("/api/v1/users/" + id).with(asAdmin(ADMIN))).andExpect(problem(400, "invalid-id"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void patchChangesOnlyTheFieldsSent() throws Exception {
        mvc.perform(json(patch(TARGET_PATH), "{\"roles\":[\"USER\",\"ADMIN\"],\"enabled\":false}")
                        .with(asAdmin(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("ada@example.com"));

        UpdateUserCommand command = useCases.lastCall(UpdateUserCommand.class);
        assertThat(command.actor()).isEqualTo(ADMIN);
        assertThat(command.target()).isEqualTo(TARGET);
        assertThat(command.displayName().present()).isFalse();
        assertThat(command.roles()).isEqualTo(Update.to(Set.of(Role.USER, Role.ADMIN)));
        assertThat(command.enabled()).isEqualTo(Update.to(false));
    }

    @Test
    void patchWithANullDisplayNameClearsIt() throws Exception {
        mvc.perform(json(patch(TARGET_PATH), "{\"displayName\":null}").with(asAdmin(ADMIN)))
                .andExpect(status().isOk());

        UpdateUserCommand command = useCases.lastCall(UpdateUserCommand.class);
        assertThat(command.displayName()).isEqualTo(Update.to(null));
        assertThat(command.roles().present()).isFalse();
        assertThat(command.enabled().present()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"enabled\":null}", "{\"roles\":null}"})
    void patchRefusesNullWhereAValueIsNeeded(String body) throws Exception {
        String field = body.substring(2, body.indexOf('"', 2));

        mvc.perform(json(patch(TARGET_PATH), body).with(asAdmin(ADMIN)))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value(field));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"enabled\":\"false\"}",
                "{\"enabled\":\" \"}",
                "{\"enabled\":0}",
                "{\"displayName\":true}",
                "{\"id\":\"7d8a3f52-0a6a-4c1e-9a51-1c7d5f0b2a11\"}",
                "{\"email\":\"new@example.com\"}",
                "{\"password\":\"pw-long-enough\"}",
                "{\"enabled\":true} {\"enabled\":false}",
                "{\"enabled\":true,\"enabled\":false}",
            })
    void patchRefusesWrongTypesUnknownFieldsAndTrailingInput(String body) throws Exception {
        mvc.perform(json(patch(TARGET_PATH), body).with(asAdmin(ADMIN))).andExpect(problem(400, "malformed-request"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void patchThatWouldLeaveNoAdminIs409() throws Exception {
        useCases.failWith(new LastEnabledAdminException());

        mvc.perform(json(patch(TARGET_PATH), "{\"enabled\":false}").with(asAdmin(ADMIN)))
                .andExpect(problem(409, "last-admin"));
    }

    @Test
    void deleteAnswers204() throws Exception {
        mvc.perform(delete(TARGET_PATH).with(asAdmin(ADMIN))).andExpect(status().isNoContent());

        DeleteUserCommand command = useCases.lastCall(DeleteUserCommand.class);
        assertThat(command.actor()).isEqualTo(ADMIN);
        assertThat(command.target()).isEqualTo(TARGET);
    }

    @Test
    void deleteOfTheLastAdminIs409() throws Exception {
        useCases.failWith(new LastEnabledAdminException());

        mvc.perform(delete(TARGET_PATH).with(asAdmin(ADMIN))).andExpect(problem(409, "last-admin"));
    }

    @Test
    void deleteOfAnUnknownUserIs404() throws Exception {
        useCases.failWith(new UserNotFoundException(TARGET));

        mvc.perform(delete(TARGET_PATH).with(asAdmin(ADMIN))).andExpect(problem(404, "user-not-found"));
    }

    static Stream<MockHttpServletRequestBuilder> everyAdminRequest() {
        String unknown = "/api/v1/users/" + UUID.randomUUID();
        return Stream.of(
                get("/api/v1/users"),
                get("/api/v1/users?size=0"),
                json(post("/api/v1/users"), "{\"email\":\"x@example.com\",\"password\":\"pw-long-enough\"}"),
                json(post("/api/v1/users"), "{\"nonsense\":"),
                get(unknown),
                get("/api/v1/users/not-a-uuid"),
                json(patch(unknown), "{\"enabled\":false}"),
                json(patch("/api/v1/users/not-a-uuid"), "{\"unknown\":1}"),
                delete(unknown),
                delete("/api/v1/users/not-a-uuid"));
    }

    @ParameterizedTest
    @MethodSource("everyAdminRequest")
    void aUserGets403WhetherOrNotTheTargetOrRequestIsValid(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(asUser(UserId.newId()))).andExpect(problem(403, "forbidden"));

        assertThat(useCases.calls()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("everyAdminRequest")
    void anonymousGets401(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(problem(401, "unauthorized")).andExpect(header().exists("WWW-Authenticate"));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
