package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.auth.LogInCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/** The email goes to the use case as typed: whether it even is an email must not change the answer. */
@Schema(name = "LogInRequest")
public record LogInRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ada@example.com")
        String email,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {

    LogInCommand toCommand(ClientInfo client) {
        RequestFields fields = new RequestFields();
        String typedEmail = fields.requiredText("email", email);
        Password typedPassword = fields.required("password", password, Password::new);
        fields.throwIfInvalid();
        return new LogInCommand(typedEmail, typedPassword, client);
    }

    @Override
    public String toString() {
        return "LogInRequest[email=" + email + ", password=redacted]";
    }
}
