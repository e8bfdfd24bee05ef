package dev.gatehouse.adapter.in.rest.auth;

import dev.gatehouse.adapter.in.rest.common.RequestFields;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.email.EmailTokenPurpose;
import dev.gatehouse.domain.port.in.email.ConfirmEmailChangeCommand;
import dev.gatehouse.domain.port.in.email.VerifyEmailCommand;
import io.swagger.v3.oas.annotations.media.Schema;

/** The token of a mailed link that needs nothing else: to verify the address, or to confirm an email change. */
@Schema(name = "EmailTokenRequest")
public record EmailTokenRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = EmailTokenText.DESCRIPTION)
        String token) {

    VerifyEmailCommand toVerifyCommand(ClientInfo client) {
        return new VerifyEmailCommand(checkedToken(EmailTokenPurpose.VERIFY_EMAIL), client);
    }

    ConfirmEmailChangeCommand toConfirmChangeCommand(ClientInfo client) {
        return new ConfirmEmailChangeCommand(checkedToken(EmailTokenPurpose.EMAIL_CHANGE), client);
    }

    /** Present and not blank (else validation-failed), and text that can be a token (else invalid-…-token). */
    private EmailToken checkedToken(EmailTokenPurpose purpose) {
        RequestFields fields = new RequestFields();
        String present = fields.requiredText("token", token);
        fields.throwIfInvalid();
        return EmailTokenText.parse(present, purpose);
    }

    @Override
    public String toString() {
        return "EmailTokenRequest[redacted]";
    }
}
