package dev.gatehouse.domain.port.in;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.auth.RefreshToken;
import java.util.Objects;

public record RefreshTokensCommand(RefreshToken refreshToken, ClientInfo client) {
    public RefreshTokensCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(client, "client");
    }
}
