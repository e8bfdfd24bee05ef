package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordUseCase;
import dev.gatehouse.domain.port.in.user.GetOwnProfileQuery;
import dev.gatehouse.domain.port.in.user.GetOwnProfileUseCase;
import dev.gatehouse.domain.port.in.user.UpdateOwnProfileUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account looks after itself. */
@RestController
@RequestMapping(path = "/api/v1/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Own account")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class OwnProfileController {
    /** A deleted, disabled or changed account is no 404: its tokens stop working (contract: "Access tokens"). */
    private static final String ACCOUNT_GONE =
            "unauthorized: no valid access token; also when the account was deleted or"
                    + " disabled, or its password or roles changed, since the token was issued";

    private final GetOwnProfileUseCase getOwnProfile;
    private final UpdateOwnProfileUseCase updateOwnProfile;
    private final ChangeOwnPasswordUseCase changeOwnPassword;

    public OwnProfileController(
            GetOwnProfileUseCase getOwnProfile,
            UpdateOwnProfileUseCase updateOwnProfile,
            ChangeOwnPasswordUseCase changeOwnPassword) {
        this.getOwnProfile = getOwnProfile;
        this.updateOwnProfile = updateOwnProfile;
        this.changeOwnPassword = changeOwnPassword;
    }

    @GetMapping
    @Operation(summary = "The signed-in account")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = ACCOUNT_GONE)
    public UserResponse get(Caller caller) {
        return UserResponse.of(getOwnProfile.getOwnProfile(new GetOwnProfileQuery(caller.id())));
    }

    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Change the own display name",
            description = "Only `displayName` is accepted; absent keeps it, null clears it. Any other field is a 400.")
    @ApiResponse(responseCode = "200", description = "The updated account")
    @ApiResponse(responseCode = "400", description = "validation-failed or malformed-request (e.g. an unknown field)")
    @ApiResponse(responseCode = "401", description = ACCOUNT_GONE)
    public UserResponse update(Caller caller, @RequestBody UpdateOwnProfileRequest request) {
        return UserResponse.of(updateOwnProfile.updateOwnProfile(request.toCommand(caller.id(), caller.client())));
    }

    @PutMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change the own password",
            description = "Every session of the account is revoked. "
                    + "A wrong current password counts as a failed login for the account's lockout.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(
            responseCode = "400",
            description = "invalid-current-password, validation-failed (password policy) or malformed-request")
    @ApiResponse(
            responseCode = "429",
            description = "too-many-attempts: the account is locked after failed logins or wrong current passwords")
    public void changePassword(Caller caller, @RequestBody ChangePasswordRequest request) {
        changeOwnPassword.changeOwnPassword(request.toCommand(caller.id(), caller.client()));
    }
}
