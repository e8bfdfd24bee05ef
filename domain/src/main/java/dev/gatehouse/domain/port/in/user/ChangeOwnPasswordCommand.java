package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record ChangeOwnPasswordCommand(UserId self, Password currentPassword, Password newPassword, ClientInfo client) {
    public ChangeOwnPasswordCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(newPassword, "newPassword");
        Objects.requireNonNull(client, "client");
    }
}
