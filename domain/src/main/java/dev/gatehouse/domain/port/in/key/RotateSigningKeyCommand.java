package dev.gatehouse.domain.port.in.key;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record RotateSigningKeyCommand(UserId actor, ClientInfo client) {
    public RotateSigningKeyCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(client, "client");
    }
}
