package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.mfa.MfaToken;
import dev.gatehouse.domain.mfa.SecondFactor;
import dev.gatehouse.domain.port.in.mfa.CompleteMfaLoginCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/** The second step of a login: the mfa token and exactly one of a TOTP code and a recovery code. */
@Schema(name = "MfaLoginRequest", description = "mfaToken and exactly one of code and recoveryCode")
public record MfaLoginRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The mfaToken of the mfa-required answer to POST /api/v1/auth/login")
        String mfaToken,

        @Schema(description = "A TOTP code from the authenticator app: 6 digits", example = "123456")
        String code,

        @Schema(
                description = "One of the account's recovery codes (case, spaces and hyphens are ignored)",
                example = "abcde-fghij-klmno-pqrst-uvw23")
        String recoveryCode) {

    private static final String ONE_OF = "exactly one of code and recoveryCode is required";

    CompleteMfaLoginCommand toCommand(ClientInfo client) {
        RequestFields fields = new RequestFields();
        String token = fields.requiredText("mfaToken", mfaToken);
        if ((code == null) == (recoveryCode == null)) {
            fields.refuse("code", ONE_OF);
        }
        fields.throwIfInvalid();
        SecondFactor factor =
                code != null ? new SecondFactor.TotpCode(code) : new SecondFactor.TypedRecoveryCode(recoveryCode);
        return new CompleteMfaLoginCommand(new MfaToken(token), factor, client);
    }

    @Override
    public String toString() {
        return "MfaLoginRequest[redacted]";
    }
}
