package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record SetUpTotpCommand(UserId self, Password currentPassword, ClientInfo client) {
    public SetUpTotpCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(client, "client");
    }
}
