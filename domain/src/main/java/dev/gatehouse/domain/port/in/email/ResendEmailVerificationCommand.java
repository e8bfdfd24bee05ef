package dev.gatehouse.domain.port.in.email;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record ResendEmailVerificationCommand(UserId self, ClientInfo client) {
    public ResendEmailVerificationCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(client, "client");
    }
}
