package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.mfa.SetUpTotpCommand;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "SetUpTotpRequest")
public record SetUpTotpRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword) {

    SetUpTotpCommand toCommand(UserId self, ClientInfo client) {
        RequestFields fields = new RequestFields();
        Password current = fields.required("currentPassword", currentPassword, Password::new);
        fields.throwIfInvalid();
        return new SetUpTotpCommand(self, current, client);
    }

    @Override
    public String toString() {
        return "SetUpTotpRequest[redacted]";
    }
}
