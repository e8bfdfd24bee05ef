package dev.gatehouse.adapter.in.rest.admin;

import dev.gatehouse.adapter.in.rest.common.PathIds;
import dev.gatehouse.adapter.in.rest.security.AdminOnly;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.domain.port.in.mfa.ResetMfaCommand;
import dev.gatehouse.domain.port.in.mfa.ResetMfaUseCase;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator switches off another account's MFA, for an owner who lost both the app and the
 * recovery codes. The path id arrives as text and is parsed after the ADMIN check, as in
 * {@link AdminUserController}.
 */
@RestController
@RequestMapping(path = "/api/v1/users/{id}/mfa")
@AdminOnly
@Tag(name = "User administration (ADMIN)")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class AdminMfaController {
    private final ResetMfaUseCase resetMfa;

    public AdminMfaController(ResetMfaUseCase resetMfa) {
        this.resetMfa = resetMfa;
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Reset an account's MFA",
            description = "Switches the account's MFA off and revokes its sessions; earlier access tokens stop "
                    + "working. Recorded as MFA_RESET with the admin as actor.")
    @ApiResponse(responseCode = "204", description = "MFA is off")
    @ApiResponse(responseCode = "400", description = "invalid-id")
    @ApiResponse(responseCode = "404", description = "user-not-found")
    @ApiResponse(responseCode = "409", description = "mfa-not-enabled")
    public void reset(
            Caller caller,
            @Parameter(
                            description = "The account's UUID; anything else is a 400 invalid-id",
                            schema = @Schema(format = "uuid"))
                    @PathVariable
                    String id) {
        UserId target = new UserId(PathIds.parse(id));
        resetMfa.resetMfa(new ResetMfaCommand(caller.id(), target, caller.client()));
    }
}
