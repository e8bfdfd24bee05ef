package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

/** {@code code} is as the client sent it (checked by the use case, never printed). */
public record ConfirmTotpCommand(UserId self, String code, ClientInfo client) {
    public ConfirmTotpCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(client, "client");
    }

    @Override
    public String toString() {
        return "ConfirmTotpCommand[self=" + self + ", code=redacted]";
    }
}
