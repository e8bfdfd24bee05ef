package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.user.ChangeOwnPasswordCommand;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ChangePasswordRequest")
public record ChangePasswordRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "8 characters to 72 bytes in UTF-8; not a common password")
        String newPassword) {

    ChangeOwnPasswordCommand toCommand(UserId self, ClientInfo client) {
        RequestFields fields = new RequestFields();
        Password current = fields.required("currentPassword", currentPassword, Password::new);
        Password next = fields.required("newPassword", newPassword, Password::new);
        fields.throwIfInvalid();
        return new ChangeOwnPasswordCommand(self, current, next, client);
    }

    @Override
    public String toString() {
        return "ChangePasswordRequest[redacted]";
    }
}
