package dev.gatehouse.adapter.in.rest.user;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.email.RequestEmailChangeCommand;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ChangeEmailRequest")
public record ChangeEmailRequest(
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                example = "ada@example.org",
                description = "Trimmed and lower-cased, like every email")
        String newEmail,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword) {

    RequestEmailChangeCommand toCommand(UserId self, ClientInfo client) {
        RequestFields fields = new RequestFields();
        Email parsedEmail = fields.required("newEmail", newEmail, Email::new);
        Password current = fields.required("currentPassword", currentPassword, Password::new);
        fields.throwIfInvalid();
        return new RequestEmailChangeCommand(self, parsedEmail, current, client);
    }

    @Override
    public String toString() {
        return "ChangeEmailRequest[newEmail=" + newEmail + ", currentPassword=redacted]";
    }
}
