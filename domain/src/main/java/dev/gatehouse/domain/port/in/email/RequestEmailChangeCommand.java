package dev.gatehouse.domain.port.in.email;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.Email;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record RequestEmailChangeCommand(UserId self, Email newEmail, Password currentPassword, ClientInfo client) {
    public RequestEmailChangeCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(newEmail, "newEmail");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(client, "client");
    }
}
