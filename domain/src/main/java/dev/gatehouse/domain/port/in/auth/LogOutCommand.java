package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.session.RefreshToken;
import java.util.Objects;

public record LogOutCommand(RefreshToken refreshToken, ClientInfo client) {
    public LogOutCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(client, "client");
    }
}
