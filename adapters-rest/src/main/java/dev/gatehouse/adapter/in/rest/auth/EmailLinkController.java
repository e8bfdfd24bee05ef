package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.ApiPaths;
import dev.gatehouse.adapter.in.rest.common.MessageResponse;
import dev.gatehouse.adapter.in.rest.user.UserResponse;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeUseCase;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetUseCase;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetUseCase;
import dev.gatehouse.domain.port.in.email.VerifyEmailUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public endpoints of mailed links: asking for a password-reset link, and spending the token
 * of a reset, verification or email-change link. Public because whoever follows a link may not be
 * signed in; the token is the credential. A token that cannot be spent gets its purpose's
 * invalid-…-token problem, the same whatever the reason.
 */
@RestController
@RequestMapping(path = ApiPaths.AUTH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
public class EmailLinkController {
    /** The one answer to every accepted reset request: it must not depend on the account. */
    static final MessageResponse RESET_REQUESTED =
            new MessageResponse("If an enabled account has this address, a link to reset its password is on its way.");

    private static final String LINKS = "The token comes from a mailed link. Links carry it in the URL fragment by "
            + "default (#token=…), which browsers do not send to servers, so that mail filters that fetch links "
            + "do not spend it: the page the link opens reads it and sends it here. A token is single use. ";
    private static final String MALFORMED_TOKEN = "a token that is missing, null or blank is a 400 validation-failed; "
            + "any other text that cannot be a token (over " + EmailTokenText.MAX_LENGTH
            + " characters, or characters outside base64url) gets the same answer as an unknown token";

    private final RequestPasswordResetUseCase requestPasswordReset;
    private final ConfirmPasswordResetUseCase confirmPasswordReset;
    private final VerifyEmailUseCase verifyEmail;
    private final ConfirmEmailChangeUseCase confirmEmailChange;

    public EmailLinkController(
            RequestPasswordResetUseCase requestPasswordReset,
            ConfirmPasswordResetUseCase confirmPasswordReset,
            VerifyEmailUseCase verifyEmail,
            ConfirmEmailChangeUseCase confirmEmailChange) {
        this.requestPasswordReset = requestPasswordReset;
        this.confirmPasswordReset = confirmPasswordReset;
        this.verifyEmail = verifyEmail;
        this.confirmEmailChange = confirmEmailChange;
    }

    @PostMapping(path = "/password-reset", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Ask for a password-reset link",
            description = "For an enabled account with this address, a link to reset its password is mailed "
                    + "(valid 30 minutes; a newer link makes earlier ones invalid). The answer is the same 202 with "
                    + "the same body, after the same work, whether or not an account has the address, and also "
                    + "when a link was mailed to it within the last 60 seconds (then no other mail is sent): the "
                    + "request is queued and answered off the request within about half a second. The link "
                    + "carries the token in the URL fragment by default (#token=…); its page sends it to POST "
                    + ApiPaths.AUTH + "/password-reset/confirm.")
    @ApiResponse(responseCode = "202", description = "Accepted; the body is always the same")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed (email missing or not an email address: that says nothing about any "
                    + "account) or malformed-request")
    public MessageResponse requestPasswordReset(@RequestBody PasswordResetRequest request, ClientInfo client) {
        requestPasswordReset.requestPasswordReset(request.toCommand(client));
        return RESET_REQUESTED;
    }

    @PostMapping(path = "/password-reset/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Set a new password with the token of a reset link",
            description = LINKS + "The password is changed, every session of the account is revoked, earlier access "
                    + "tokens stop working, the account's login lockout is cleared and a notice is mailed. MFA, when "
                    + "on, is still asked at the next login.")
    @ApiResponse(responseCode = "204", description = "The password is changed")
    @ApiResponse(
            responseCode = "400",
            description = "invalid-reset-token: the token is unknown, expired, already used or replaced by a newer "
                    + "one (" + MALFORMED_TOKEN + "); validation-failed: newPassword breaks the password policy "
                    + "(the token stays usable) or a field is missing; or malformed-request")
    public void confirmPasswordReset(@RequestBody ConfirmPasswordResetRequest request, ClientInfo client) {
        confirmPasswordReset.confirmPasswordReset(request.toCommand(client));
    }

    @PostMapping(path = "/verify-email", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Verify the account's email with the token of a verification link",
            description = LINKS + "The account's emailVerified becomes true. A signed-in account asks for a new link "
                    + "with POST /api/v1/users/me/email-verification.")
    @ApiResponse(responseCode = "204", description = "The email is verified")
    @ApiResponse(
            responseCode = "400",
            description = "invalid-verification-token: the token is unknown, expired, already used or replaced by a "
                    + "newer one, or the account's address has changed since (" + MALFORMED_TOKEN
                    + "); or malformed-request")
    public void verifyEmail(@RequestBody EmailTokenRequest request, ClientInfo client) {
        verifyEmail.verifyEmail(request.toVerifyCommand(client));
    }

    @PostMapping(path = "/confirm-email-change", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Switch the account to its new email with the token of a confirmation link",
            description = LINKS + "The link was mailed to the new address by PUT /api/v1/users/me/email. The account "
                    + "takes the new address, verified; access tokens issued before stop working (their email claim "
                    + "is stale), sessions stay: refresh for a new access token.")
    @ApiResponse(responseCode = "200", description = "The account with its new email, emailVerified true")
    @ApiResponse(
            responseCode = "400",
            description = "invalid-email-change-token: the token is unknown, expired, already used or replaced by a "
                    + "newer one (" + MALFORMED_TOKEN + "); or malformed-request")
    @ApiResponse(responseCode = "409", description = "email-taken: another account took the address meanwhile")
    public UserResponse confirmEmailChange(@RequestBody EmailTokenRequest request, ClientInfo client) {
        return UserResponse.of(confirmEmailChange.confirmEmailChange(request.toConfirmChangeCommand(client)));
    }
}
