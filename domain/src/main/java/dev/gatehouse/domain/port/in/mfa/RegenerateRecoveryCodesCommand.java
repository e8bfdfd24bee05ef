package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

/** {@code code} is a TOTP code as the client sent it (never printed). */
public record RegenerateRecoveryCodesCommand(UserId self, String code, ClientInfo client) {
    public RegenerateRecoveryCodesCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(client, "client");
    }

    @Override
    public String toString() {
        return "RegenerateRecoveryCodesCommand[self=" + self + ", code=redacted]";
    }
}
