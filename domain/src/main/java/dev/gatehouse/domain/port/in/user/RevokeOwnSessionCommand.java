package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.session.SessionId;
import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record RevokeOwnSessionCommand(UserId self, SessionId sessionId, ClientInfo client) {
    public RevokeOwnSessionCommand {
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(client, "client");
    }
}
