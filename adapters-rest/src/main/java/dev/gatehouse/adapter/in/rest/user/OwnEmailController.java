package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.MessageResponse;
import dev.gatehouse.adapter.in.rest.common.NoRequestBody;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeUseCase;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationCommand;
import dev.gatehouse.domain.port.in.email.ResendEmailVerificationUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account's email: a new verification link, or a change of address. Both only
 * queue a mail (202); what the mailed link does is up to the public endpoints it leads to.
 */
@RestController
@RequestMapping(path = "/api/v1/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Own account")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class OwnEmailController {
    static final MessageResponse VERIFICATION_REQUESTED = new MessageResponse(
            "A verification link is on its way to your email, unless one was sent in the last 60 seconds.");
    static final MessageResponse CHANGE_REQUESTED = new MessageResponse("A confirmation link is on its way to the new "
            + "address, and a notice to the current one. Nothing changes until the link is followed.");

    private final ResendEmailVerificationUseCase resendEmailVerification;
    private final RequestEmailChangeUseCase requestEmailChange;

    public OwnEmailController(
            ResendEmailVerificationUseCase resendEmailVerification, RequestEmailChangeUseCase requestEmailChange) {
        this.resendEmailVerification = resendEmailVerification;
        this.requestEmailChange = requestEmailChange;
    }

    @PostMapping(path = "/email-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Ask for a new verification link",
            description = "Mails a new link to the account's email (valid 24 hours; it makes earlier ones invalid), "
                    + "at most one per 60 seconds: a request within that time is answered the same and sends "
                    + "nothing. The link carries the token in the URL fragment by default (#token=…); its page sends "
                    + "it to POST /api/v1/auth/verify-email. Takes no request body: a non-empty body is a 400 "
                    + "malformed-request.")
    @ApiResponse(responseCode = "202", description = "Accepted")
    @ApiResponse(responseCode = "400", description = "malformed-request: a request body was sent")
    @ApiResponse(responseCode = "409", description = "email-already-verified")
    public MessageResponse requestVerification(Caller caller, HttpServletRequest request) throws IOException {
        NoRequestBody.refuseAny(request);
        resendEmailVerification.resendEmailVerification(
                new ResendEmailVerificationCommand(caller.id(), caller.client()));
        return VERIFICATION_REQUESTED;
    }

    @PutMapping(path = "/email", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Change the own email",
            description = "After the current password is proved, a confirmation link is mailed to the new address "
                    + "(valid 24 hours) and a notice to the current one; nothing changes until the link is followed "
                    + "(POST /api/v1/auth/confirm-email-change). The link carries the token in the URL fragment by "
                    + "default (#token=…). A wrong current password counts as a failed login for the account's "
                    + "lockout.")
    @ApiResponse(responseCode = "202", description = "Accepted; the confirmation link is on its way")
    @ApiResponse(
            responseCode = "400",
            description = "invalid-current-password, validation-failed (newEmail is not an email address; a field is "
                    + "missing) or malformed-request")
    @ApiResponse(responseCode = "409", description = "email-taken: another account has the new address")
    @ApiResponse(
            responseCode = "429",
            description = "too-many-attempts: the account is locked after failed logins or wrong current passwords")
    public MessageResponse changeEmail(Caller caller, @RequestBody ChangeEmailRequest request) {
        requestEmailChange.requestEmailChange(request.toCommand(caller.id(), caller.client()));
        return CHANGE_REQUESTED;
    }
}
