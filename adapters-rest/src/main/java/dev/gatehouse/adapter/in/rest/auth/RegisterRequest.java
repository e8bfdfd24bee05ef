package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.RegisterUserCommand;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import io.swagger.v3.oas.annotations.media.Schema;

/** Self-registration. Roles cannot be chosen here: a {@code roles} field is refused with 400. */
@Schema(name = "RegisterRequest")
public record RegisterRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ada@example.com")
        String email,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "8 characters to 72 bytes in UTF-8; not the email, not a common password")
        String password,

        @Schema(example = "Ada Lovelace") String displayName) {

    RegisterUserCommand toCommand(ClientInfo client) {
        RequestFields fields = new RequestFields();
        Email parsedEmail = fields.required("email", email, Email::new);
        Password parsedPassword = fields.required("password", password, Password::new);
        DisplayName parsedDisplayName = fields.optional("displayName", displayName, DisplayName::new);
        fields.throwIfInvalid();
        return new RegisterUserCommand(parsedEmail, parsedPassword, parsedDisplayName, client);
    }

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", password=redacted]";
    }
}
