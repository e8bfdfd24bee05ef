package dev.gatehouse.domain.port.in.user;

import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record GetOwnProfileQuery(UserId self) {
    public GetOwnProfileQuery {
        Objects.requireNonNull(self, "self");
    }
}
