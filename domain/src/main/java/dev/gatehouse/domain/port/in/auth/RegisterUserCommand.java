package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.DisplayName;
import dev.gatehouse.domain.user.Email;
import java.util.Objects;

/** {@code displayName} may be null. */
public record RegisterUserCommand(Email email, Password password, DisplayName displayName, ClientInfo client) {
    public RegisterUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(client, "client");
    }
}
