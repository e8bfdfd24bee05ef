package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.port.in.email.ConfirmPasswordResetCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/** A new password, with the token of the reset link as the proof of who may set it. */
@Schema(name = "ConfirmPasswordResetRequest")
public record ConfirmPasswordResetRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = EmailTokenText.DESCRIPTION)
        String token,

        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "8 characters to 72 bytes in UTF-8; not the email, not a common password")
        String newPassword) {

    ConfirmPasswordResetCommand toCommand(ClientInfo client) {
        RequestFields fields = new RequestFields();
        String presentToken = fields.requiredText("token", token);
        Password parsedPassword = fields.required("newPassword", newPassword, Password::new);
        fields.throwIfInvalid();
        EmailToken resetToken = EmailTokenText.parse(presentToken, EmailTokenPurpose.PASSWORD_RESET);
        return new ConfirmPasswordResetCommand(resetToken, parsedPassword, client);
    }

    @Override
    public String toString() {
        return "ConfirmPasswordResetRequest[redacted]";
    }
}
