package dev.gatehouse.domain.port.in.email;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.EmailToken;
import dev.gatehouse.domain.password.Password;
import java.util.Objects;

public record ConfirmPasswordResetCommand(EmailToken token, Password newPassword, ClientInfo client) {
    public ConfirmPasswordResetCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(newPassword, "newPassword");
        Objects.requireNonNull(client, "client");
    }
}
