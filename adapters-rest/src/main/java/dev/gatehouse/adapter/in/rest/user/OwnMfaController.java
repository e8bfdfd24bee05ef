package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.Caller;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpUseCase;
import dev.gatehouse.domain.port.in.mfa.DisableMfaUseCase;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusQuery;
import dev.gatehouse.domain.port.in.mfa.GetMfaStatusUseCase;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesUseCase;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in account enrols in and manages its own TOTP second factor. Open to any valid token,
 * also a password-only one: an ADMIN without MFA must be able to enrol. Answers that carry the
 * secret or recovery codes are sent with {@code Cache-Control: no-store}, so that no cache keeps
 * them.
 */
@RestController
@RequestMapping(path = "/api/v1/users/me/mfa", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Own account")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class OwnMfaController {
    private static final String LOCKED =
            "too-many-attempts: the account is locked after failed logins, wrong codes or wrong current passwords";

    private final GetMfaStatusUseCase getMfaStatus;
    private final SetUpTotpUseCase setUpTotp;
    private final ConfirmTotpUseCase confirmTotp;
    private final RegenerateRecoveryCodesUseCase regenerateRecoveryCodes;
    private final DisableMfaUseCase disableMfa;

    public OwnMfaController(
            GetMfaStatusUseCase getMfaStatus,
            SetUpTotpUseCase setUpTotp,
            ConfirmTotpUseCase confirmTotp,
            RegenerateRecoveryCodesUseCase regenerateRecoveryCodes,
            DisableMfaUseCase disableMfa) {
        this.getMfaStatus = getMfaStatus;
        this.setUpTotp = setUpTotp;
        this.confirmTotp = confirmTotp;
        this.regenerateRecoveryCodes = regenerateRecoveryCodes;
        this.disableMfa = disableMfa;
    }

    @GetMapping
    @Operation(summary = "The own MFA: whether it is on, since when, and how many recovery codes are left")
    @ApiResponse(responseCode = "200", description = "The MFA status")
    public MfaStatusResponse status(Caller caller) {
        return MfaStatusResponse.of(getMfaStatus.getMfaStatus(new GetMfaStatusQuery(caller.id())));
    }

    @PostMapping(path = "/totp/setup", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Start a TOTP setup",
            description = "Answers a new secret and its otpauth:// URI, this once. The setup is pending until "
                    + "confirmed; a new setup replaces a pending one. "
                    + "A wrong current password or code counts as a failed login for the account's lockout.")
    @ApiResponse(responseCode = "200", description = "The new secret (Cache-Control: no-store)")
    @ApiResponse(responseCode = "400", description = "invalid-current-password, validation-failed or malformed-request")
    @ApiResponse(responseCode = "409", description = "mfa-already-enabled")
    @ApiResponse(responseCode = "429", description = LOCKED)
    public ResponseEntity<TotpSetupResponse> setUp(Caller caller, @RequestBody SetUpTotpRequest request) {
        return notStored(TotpSetupResponse.of(setUpTotp.setUpTotp(request.toCommand(caller.id(), caller.client()))));
    }

    @PostMapping(path = "/totp/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Confirm the TOTP setup with a first code",
            description = "Switches MFA on and answers 10 recovery codes, this once. Every session of the "
                    + "account is revoked and earlier access tokens stop working: sign in again, with two steps.")
    @ApiResponse(responseCode = "200", description = "The first recovery codes (Cache-Control: no-store)")
    @ApiResponse(
            responseCode = "400",
            description =
                    "invalid-mfa-code (wrong, already used or not a code), validation-failed or malformed-request")
    @ApiResponse(responseCode = "409", description = "mfa-setup-not-started")
    public ResponseEntity<RecoveryCodesResponse> confirm(Caller caller, @RequestBody TotpCodeRequest request) {
        return recoveryCodes(confirmTotp.confirmTotp(request.toConfirmCommand(caller.id(), caller.client())));
    }

    @PostMapping(path = "/recovery-codes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Replace the recovery codes",
            description = "Takes a TOTP code; answers a new set of 10, this once. The old set stops working. "
                    + "A wrong code counts as a failed login for the account's lockout.")
    @ApiResponse(responseCode = "200", description = "The new recovery codes (Cache-Control: no-store)")
    @ApiResponse(
            responseCode = "400",
            description =
                    "invalid-mfa-code (wrong, already used or not a code), validation-failed or malformed-request")
    @ApiResponse(responseCode = "409", description = "mfa-not-enabled")
    @ApiResponse(responseCode = "429", description = LOCKED)
    public ResponseEntity<RecoveryCodesResponse> regenerate(Caller caller, @RequestBody TotpCodeRequest request) {
        return recoveryCodes(regenerateRecoveryCodes.regenerateRecoveryCodes(
                request.toRegenerateCommand(caller.id(), caller.client())));
    }

    @PostMapping(path = "/disable", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Switch the own MFA off",
            description = "Takes the current password and a TOTP code or an unused recovery code. Every session "
                    + "of the account is revoked and earlier access tokens stop working. "
                    + "A wrong current password or code counts as a failed login for the account's lockout.")
    @ApiResponse(responseCode = "204", description = "Switched off")
    @ApiResponse(
            responseCode = "400",
            description = "invalid-current-password, invalid-mfa-code, validation-failed or malformed-request")
    @ApiResponse(
            responseCode = "409",
            description = "mfa-not-enabled; or mfa-required-for-admins: the account is an ADMIN and the deployment "
                    + "requires MFA of admins")
    @ApiResponse(responseCode = "429", description = LOCKED)
    public void disable(Caller caller, @RequestBody DisableMfaRequest request) {
        disableMfa.disableMfa(request.toCommand(caller.id(), caller.client()));
    }

    private static ResponseEntity<RecoveryCodesResponse> recoveryCodes(List<String> codes) {
        return notStored(new RecoveryCodesResponse(codes));
    }

    /** A secret or codes, shown this once: no cache on the way may keep them. */
    private static <T> ResponseEntity<T> notStored(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
