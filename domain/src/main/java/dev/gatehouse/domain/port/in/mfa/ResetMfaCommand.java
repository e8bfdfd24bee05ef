package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record ResetMfaCommand(UserId actor, UserId target, ClientInfo client) {
    public ResetMfaCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(client, "client");
    }
}
