package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.port.in.email.RequestPasswordResetCommand;
import dev.gatehouse.domain.user.Email;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Asks for a password-reset link. Whether the text is an email at all is checked here (400): that
 * says nothing about any account, unlike an answer that depended on whether one has the address.
 */
@Schema(name = "PasswordResetRequest")
public record PasswordResetRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ada@example.com")
        String email) {

    RequestPasswordResetCommand toCommand(ClientInfo client) {
        RequestFields fields = new RequestFields();
        Email parsedEmail = fields.required("email", email, Email::new);
        fields.throwIfInvalid();
        return new RequestPasswordResetCommand(parsedEmail, client);
    }
}
