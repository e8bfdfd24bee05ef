package dev.gatehouse.domain.port.in.mfa;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.password.Password;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

/** {@code code} is a TOTP code or a recovery code as the client sent it (never printed). */
public record DisableMfaCommand(UserId self, Password currentPassword, String code, ClientInfo client) {
    public DisableMfaCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(currentPassword, "currentPassword");
        Objects.requireNonNull(client, "client");
    }

    @Override
    public String toString() {
        return "DisableMfaCommand[self=" + self + ", currentPassword=redacted, code=redacted]";
    }
}
