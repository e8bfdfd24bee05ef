package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import java.util.Objects;

/**
 * {@code email} is the text as typed: a login does not say whether it is even an email, so that
 * every refusal looks the same.
 */
public record LogInCommand(String email, Password password, ClientInfo client) {
    public LogInCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(client, "client");
    }
}
