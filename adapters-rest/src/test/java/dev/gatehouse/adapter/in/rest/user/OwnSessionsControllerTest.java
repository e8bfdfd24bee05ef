package dev.gatehouse.adapter.in.rest.user;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.inSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.adapter.in.rest.support.StubUseCases;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsQuery;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionCommand;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.session.SessionNotFoundException;
import dev.gatehouse.domain.user.Role;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;

@WebMvcTest
class OwnSessionsControllerTest extends SliceTest {
    private static final UserId ME = UserId.newId();
    private static final UUID THIS_SESSION = UUID.randomUUID();
    private static final UUID OTHER_SESSION = UUID.randomUUID();

    @Test
    void listsTheOwnSessionsInTheUseCasesOrderAndMarksTheCurrentOne() throws Exception {
        useCases.answerSessions(List.of(
                StubUseCases.aSession(
                        OTHER_SESSION, ME, Instant.parse("2026-11-28T08:00:00.123456Z"), "198.51.100.2", "Firefox"),
                StubUseCases.aSession(
                        THIS_SESSION, ME, Instant.parse("2026-11-27T10:15:30.123456Z"), "203.0.113.7", null)));

        mvc.perform(get("/api/v1/users/me/sessions").with(inSession(new SessionId(THIS_SESSION), ME, Role.USER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].id").value(OTHER_SESSION.toString()))
                .andExpect(jsonPath("$[0].current").value(false))
                .andExpect(jsonPath("$[0].ip").value("198.51.100.2"))
                .andExpect(jsonPath("$[0].userAgent").value("Firefox"))
                .andExpect(jsonPath("$[1].id").value(THIS_SESSION.toString()))
                .andExpect(jsonPath("$[1].current").value(true))
                .andExpect(jsonPath("$[1].createdAt").value("2026-11-27T10:15:30.123Z"))
                .andExpect(jsonPath("$[1].lastUsedAt").value("2026-11-27T11:15:30.123Z"))
                .andExpect(jsonPath("$[1].expiresAt").value("2026-12-27T10:15:30.123Z"))
                .andExpect(jsonPath("$[1].ip").value("203.0.113.7"))
                .andExpect(jsonPath("$[1].userAgent").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$[1].userId").doesNotExist())
                .andExpect(jsonPath("$[1].revokedAt").doesNotExist());

        assertThat(useCases.lastCall(ListOwnSessionsQuery.class).self()).isEqualTo(ME);
    }

    @Test
    void aTokenWithoutSessionClaimMarksNoSessionCurrent() throws Exception {
        useCases.answerSessions(List.of(StubUseCases.aSession(THIS_SESSION, ME, Instant.now(), null, null)));

        mvc.perform(get("/api/v1/users/me/sessions").with(asUser(ME)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].current").value(false));
    }

    @Test
    void noLiveSessionIsAnEmptyList() throws Exception {
        mvc.perform(get("/api/v1/users/me/sessions").with(asUser(ME)))
                .andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void withoutATokenItIs401() throws Exception {
        mvc.perform(get("/api/v1/users/me/sessions"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")));
        mvc.perform(delete("/api/v1/users/me/sessions/" + THIS_SESSION)).andExpect(problem(401, "unauthorized"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void revokingAnOwnSessionIs204AndPassesTheCallerAndClientOn() throws Exception {
        mvc.perform(delete("/api/v1/users/me/sessions/" + OTHER_SESSION)
                        .with(inSession(new SessionId(THIS_SESSION), ME, Role.USER))
                        .header("User-Agent", "curl/8.5")
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.7");
                            return request;
                        }))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));

        RevokeOwnSessionCommand command = useCases.lastCall(RevokeOwnSessionCommand.class);
        assertThat(command.self()).isEqualTo(ME);
        assertThat(command.sessionId()).isEqualTo(new SessionId(OTHER_SESSION));
        assertThat(command.client().ip()).isEqualTo("203.0.113.7");
        assertThat(command.client().userAgent()).isEqualTo("curl/8.5");
    }

    @Test
    void aSessionThatIsNotTheCallersIs404SessionNotFound() throws Exception {
        useCases.failWith(new SessionNotFoundException(new SessionId(OTHER_SESSION)));

        mvc.perform(delete("/api/v1/users/me/sessions/" + OTHER_SESSION).with(asUser(ME)))
                .andExpect(problem(404, "session-not-found"))
                .andExpect(jsonPath("$.detail").value("You have no session with this id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "1-1-1-1-1", "00000000-0000-0000-0000-00000000000g"})
    void aPathIdThatIsNoUuidIsAlso404SessionNotFound(String id) throws Exception {
        mvc.perform(delete("/api/v1/users/me/sessions/" + id).with(asUser(ME)))
                .andExpect(problem(404, "session-not-found"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void theSessionsCollectionTakesNoDeleteAsAWhole() throws Exception {
        mvc.perform(delete("/api/v1/users/me/sessions").with(asUser(ME))).andExpect(problem(405, "method-not-allowed"));
    }
}
