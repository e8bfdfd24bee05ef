package dev.gatehouse.domain.port.in.email;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.email.EmailToken;
import java.util.Objects;

public record VerifyEmailCommand(EmailToken token, ClientInfo client) {
    public VerifyEmailCommand {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(client, "client");
    }
}
