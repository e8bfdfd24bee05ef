package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.Clients;
import dev.gatehouse.adapter.in.rest.common.InvalidIdException;
import dev.gatehouse.adapter.in.rest.common.PathIds;
import dev.gatehouse.adapter.in.rest.common.UnknownSessionIdException;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.AuthenticatedUser;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsQuery;
import dev.gatehouse.domain.port.in.user.ListOwnSessionsUseCase;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionCommand;
import dev.gatehouse.domain.port.in.user.RevokeOwnSessionUseCase;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.token.AccessTokenFormat;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
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
    public List<SessionResponse> list(@AuthenticationPrincipal Jwt accessToken) {
        Optional<UUID> current = sessionOf(accessToken);
        return listOwnSessions.listOwnSessions(new ListOwnSessionsQuery(AuthenticatedUser.idOf(accessToken))).stream()
                .map(session -> SessionResponse.of(
                        session, current.filter(session.id().value()::equals).isPresent()))
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
            @AuthenticationPrincipal Jwt accessToken,
            @Parameter(
                            description = "The session's UUID; anything else is a 404 session-not-found",
                            schema = @Schema(format = "uuid"))
                    @PathVariable
                    String id,
            HttpServletRequest request) {
        UserId self = AuthenticatedUser.idOf(accessToken);
        revokeOwnSession.revokeOwnSession(new RevokeOwnSessionCommand(self, sessionId(id), Clients.of(request)));
    }

    private static SessionId sessionId(String pathId) {
        try {
            return new SessionId(PathIds.parse(pathId));
        } catch (InvalidIdException notAUuid) {
            throw new UnknownSessionIdException();
        }
    }

    /** The session the access token belongs to; tokens name it in the {@code sid} claim. */
    private static Optional<UUID> sessionOf(Jwt accessToken) {
        String sid = accessToken.getClaimAsString(AccessTokenFormat.SESSION_CLAIM);
        if (sid == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(sid));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
