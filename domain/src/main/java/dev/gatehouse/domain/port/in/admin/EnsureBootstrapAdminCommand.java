package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.Email;
import java.util.Objects;

/** The first ADMIN's email and password, as the deployment configured them. */
public record EnsureBootstrapAdminCommand(Email email, Password password) {
    public EnsureBootstrapAdminCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
    }
}
