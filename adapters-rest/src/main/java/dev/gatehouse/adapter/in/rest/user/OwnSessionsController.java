package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.InvalidIdException;
import dev.gatehouse.adapter.in.rest.common.PathIds;
import dev.gatehouse.adapter.in.rest.common.UnknownSessionIdException;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsQuery;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsUseCase;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionCommand;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionUseCase;
import dev.gatehouse.domain.session.SessionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account sees where it is logged in, and ends logins it does not want. */
@RestController
@RequestMapping(path = "/api/v1/users/me/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Own account")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class OwnSessionsController {
    private final ListOwnSessionsUseCase listOwnSessions;
    private final RevokeOwnSessionUseCase revokeOwnSession;

    public OwnSessionsController(ListOwnSessionsUseCase listOwnSessions, RevokeOwnSessionUseCase revokeOwnSession) {
        this.listOwnSessions = listOwnSessions;
        this.revokeOwnSession = revokeOwnSession;
    }

    @GetMapping
    @Operation(
            operationId = "listOwnSessions",
            summary = "The own live sessions, newest first",
            description = "`current` marks the session of the access token used for this request.")
    @ApiResponse(responseCode = "200", description = "Every session that is neither revoked nor expired")
    public List<SessionResponse> list(Caller caller) {
        return listOwnSessions.listOwnSessions(new ListOwnSessionsQuery(caller.id())).stream()
                .map(session -> SessionResponse.of(
                        session, caller.session().filter(session.id()::equals).isPresent()))
                .toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "revokeOwnSession",
            summary = "End one of the own sessions",
            description = "Its refresh tokens stop working; access tokens already issued to it run out by themselves "
                    + "(at most the access-token lifetime). Ending the current session is allowed.")
    @ApiResponse(responseCode = "204", description = "Ended")
    @ApiResponse(
            responseCode = "404",
            description = "session-not-found: no session of the caller's has this id "
                    + "(someone else's, an unknown or ended one, or an id that is not a UUID)")
    public void revoke(
            Caller caller,
            @Parameter(
                            description = "The session's UUID; anything else is a 404 session-not-found",
                            schema = @Schema(format = "uuid"))
                    @PathVariable
                    String id) {
        revokeOwnSession.revokeOwnSession(new RevokeOwnSessionCommand(caller.id(), sessionId(id), caller.client()));
    }

    private static SessionId sessionId(String pathId) {
        try {
            return new SessionId(PathIds.parse(pathId));
        } catch (InvalidIdException notAUuid) {
            throw new UnknownSessionIdException();
        }
    }
}
