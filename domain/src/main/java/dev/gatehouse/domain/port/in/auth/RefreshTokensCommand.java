package dev.gatehouse.domain.port.in.auth;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.session.RefreshToken;
import java.util.Objects;

public record RefreshTokensCommand(RefreshToken refreshToken, ClientInfo client) {
    public RefreshTokensCommand {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(client, "client");
    }
}
