package dev.gatehouse.domain.port.in.email;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.Email;
import java.util.Objects;

public record RequestPasswordResetCommand(Email email, ClientInfo client) {
    public RequestPasswordResetCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(client, "client");
    }
}
