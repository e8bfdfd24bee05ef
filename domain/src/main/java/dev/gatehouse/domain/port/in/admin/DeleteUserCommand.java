package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record DeleteUserCommand(UserId actor, UserId target, ClientInfo client) {
    public DeleteUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(client, "client");
    }
}
