package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record ListOwnSessionsQuery(UserId self) {
    public ListOwnSessionsQuery {
        Objects.requireNonNull(self, "self");
    }
}
