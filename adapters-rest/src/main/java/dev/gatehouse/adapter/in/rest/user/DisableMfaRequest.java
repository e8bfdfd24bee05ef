package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.mfa.DisableMfaCommand;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "DisableMfaRequest")
public record DisableMfaRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "A code of the authenticator app, or an unused recovery code")
        String code) {

    DisableMfaCommand toCommand(UserId self, ClientInfo client) {
        RequestFields fields = new RequestFields();
        Password current = fields.required("currentPassword", currentPassword, Password::new);
        String checkedCode = fields.requiredText("code", code);
        fields.throwIfInvalid();
        return new DisableMfaCommand(self, current, checkedCode, client);
    }

    @Override
    public String toString() {
        return "DisableMfaRequest[redacted]";
    }
}
