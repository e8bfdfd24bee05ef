package dev.gatehouse.domain.port.in.admin;

import dev.gatehouse.domain.user.UserId;
import java.util.Objects;

public record GetUserQuery(UserId id) {
    public GetUserQuery {
        Objects.requireNonNull(id, "id");
    }
}
