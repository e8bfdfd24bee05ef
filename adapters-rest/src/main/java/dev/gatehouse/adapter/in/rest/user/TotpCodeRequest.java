package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.mfa.ConfirmTotpCommand;
import dev.gatehouse.domain.port.in.mfa.RegenerateRecoveryCodesCommand;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

/** A code of the caller's authenticator app: to confirm a setup, or to regenerate recovery codes. */
@Schema(name = "TotpCodeRequest")
public record TotpCodeRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The 6 digits the app shows now",
                example = "123456")
        String code) {

    ConfirmTotpCommand toConfirmCommand(UserId self, ClientInfo client) {
        return new ConfirmTotpCommand(self, checkedCode(), client);
    }

    RegenerateRecoveryCodesCommand toRegenerateCommand(UserId self, ClientInfo client) {
        return new RegenerateRecoveryCodesCommand(self, checkedCode(), client);
    }

    /** Present; whether it is a right code is the use case's decision (400 invalid-mfa-code). */
    private String checkedCode() {
        RequestFields fields = new RequestFields();
        String checked = fields.requiredText("code", code);
        fields.throwIfInvalid();
        return checked;
    }

    @Override
    public String toString() {
        return "TotpCodeRequest[redacted]";
    }
}
